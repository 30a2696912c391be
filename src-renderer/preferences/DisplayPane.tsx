// Preferences → Display: how the grids look — weekends, week numbers, working hours shaded
// outside, how long a new event lasts, a second zone beside the hours, and what becomes of
// declined invitations. Saved in main like every preference; a failed save keeps the pane
// open with the reason.
import { useId, useMemo, useState } from 'react';
import type { Result } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/settings';
import { SettingsPaneForm } from './SettingsPaneForm';
import { ChoiceField } from '../calendar/ChoiceField';
import { LocaleTimeInput } from '../calendar/LocaleInputs';
import { knownTimeZones } from '../calendar/model/display-dates';
import { useLocale } from '../i18n/LocaleProvider';

export interface DisplayPaneProps {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  onClose(): void;
}

const LENGTHS = [15, 30, 45, 60, 90, 120];
const OFFICE_HOURS = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

export function DisplayPane({ settings, onSave, onClose }: DisplayPaneProps) {
  const [form, setForm] = useState(settings);
  const id = useId();
  const { t, formats, firstDay } = useLocale();
  // The working days in the order the person's week runs.
  const weekdays = [0, 1, 2, 3, 4, 5, 6].map((i) => (i + firstDay) % 7);
  const zones = useMemo(
    () => knownTimeZones(...(settings.secondaryTimeZone ? [settings.secondaryTimeZone] : [])),
    [settings.secondaryTimeZone],
  );
  const hours = form.workingHours;
  const setHours = (patch: Partial<typeof OFFICE_HOURS>) =>
    setForm({ ...form, workingHours: { ...(hours ?? OFFICE_HOURS), ...patch } });

  return (
    <SettingsPaneForm
      label={t('prefs.tab.display')}
      changes={() =>
        hours && !(hours.start < hours.end)
          ? t('display.hoursOrder')
          : {
              hideWeekends: form.hideWeekends,
              showWeekNumbers: form.showWeekNumbers,
              workingHours: form.workingHours,
              defaultEventMinutes: form.defaultEventMinutes,
              secondaryTimeZone: form.secondaryTimeZone,
              declinedEvents: form.declinedEvents,
            }
      }
      onSave={onSave}
      onClose={onClose}
    >
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={form.hideWeekends}
          onChange={(e) => setForm({ ...form, hideWeekends: e.target.checked })}
        />
        {t('display.hideWeekends')}
      </label>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={form.showWeekNumbers}
          onChange={(e) => setForm({ ...form, showWeekNumbers: e.target.checked })}
        />
        {t('display.weekNumbers')}
      </label>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={hours !== null}
          onChange={(e) =>
            setForm({ ...form, workingHours: e.target.checked ? OFFICE_HOURS : null })
          }
        />
        {t('display.workingHours')}
      </label>
      {hours && (
        <fieldset className="plain-fieldset">
          <legend className="visually-hidden">{t('display.hours')}</legend>
          <div className="inline-fields">
            <label htmlFor={`${id}-from`}>{t('display.from')}</label>
            <LocaleTimeInput
              id={`${id}-from`}
              aria-label={t('display.hours.start')}
              value={hours.start}
              onChange={(start) => setHours({ start })}
            />
            <label htmlFor={`${id}-to`}>{t('display.to')}</label>
            <LocaleTimeInput
              id={`${id}-to`}
              aria-label={t('display.hours.end')}
              value={hours.end}
              onChange={(end) => setHours({ end })}
            />
          </div>
          <div className="inline-fields" role="group" aria-label={t('display.days')}>
            {weekdays.map((index) => (
              <label key={index} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={hours.days.includes(index)}
                  onChange={(e) =>
                    setHours({
                      days: e.target.checked
                        ? [...hours.days, index].sort()
                        : hours.days.filter((d) => d !== index),
                    })
                  }
                />
                {formats.weekdayShort(index)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <ChoiceField
        label={t('display.length')}
        value={form.defaultEventMinutes}
        choices={LENGTHS.map((minutes) => ({
          value: minutes,
          label:
            minutes < 60
              ? t('display.minutes', { count: minutes })
              : t('display.hoursLength', { count: minutes / 60 }),
        }))}
        onChange={(defaultEventMinutes) => setForm({ ...form, defaultEventMinutes })}
      />
      <ChoiceField
        label={t('display.secondZone')}
        value={form.secondaryTimeZone ?? ''}
        choices={[
          { value: '', label: t('reminderField.none') },
          ...zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
        ]}
        onChange={(zone) => setForm({ ...form, secondaryTimeZone: zone || null })}
      />
      <ChoiceField
        label={t('display.declined')}
        value={form.declinedEvents}
        choices={(['show', 'dim', 'hide'] as const).map((value) => ({
          value,
          label: t(`display.declined.${value}`),
        }))}
        onChange={(declinedEvents) => setForm({ ...form, declinedEvents })}
      />
    </SettingsPaneForm>
  );
}
