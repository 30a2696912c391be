// Preferences → Display: how the grids look — weekends, week numbers, working hours shaded
// outside, how long a new event lasts, a second zone beside the hours, and what becomes of
// declined invitations. Saved in main like every preference; a failed save keeps the pane
// open with the reason.
import { useId, useMemo, useState } from 'react';
import type { Result } from '../../src-preload/contract';
import type { Settings } from '../../src-preload/settings';
import { SettingsPaneForm } from './SettingsPaneForm';
import { knownTimeZones } from '../calendar/model/display-dates';

export interface DisplayPaneProps {
  settings: Settings;
  onSave(patch: Partial<Settings>): Promise<Result<Settings>>;
  onClose(): void;
}

const LENGTHS = [15, 30, 45, 60, 90, 120];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const OFFICE_HOURS = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

export function DisplayPane({ settings, onSave, onClose }: DisplayPaneProps) {
  const [form, setForm] = useState(settings);
  const id = useId();
  const zones = useMemo(
    () => knownTimeZones(...(settings.secondaryTimeZone ? [settings.secondaryTimeZone] : [])),
    [settings.secondaryTimeZone],
  );
  const hours = form.workingHours;
  const setHours = (patch: Partial<typeof OFFICE_HOURS>) =>
    setForm({ ...form, workingHours: { ...(hours ?? OFFICE_HOURS), ...patch } });

  return (
    <SettingsPaneForm
      label="Display"
      changes={() =>
        hours && !(hours.start < hours.end)
          ? 'Working hours must end after they start.'
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
        Hide weekends
      </label>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={form.showWeekNumbers}
          onChange={(e) => setForm({ ...form, showWeekNumbers: e.target.checked })}
        />
        Show week numbers
      </label>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={hours !== null}
          onChange={(e) =>
            setForm({ ...form, workingHours: e.target.checked ? OFFICE_HOURS : null })
          }
        />
        Shade outside working hours
      </label>
      {hours && (
        <fieldset className="plain-fieldset">
          <legend className="visually-hidden">Working hours</legend>
          <div className="inline-fields">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="time"
              aria-label="Working hours start"
              value={hours.start}
              onChange={(e) => setHours({ start: e.target.value })}
            />
            <label htmlFor={`${id}-to`}>to</label>
            <input
              id={`${id}-to`}
              type="time"
              aria-label="Working hours end"
              value={hours.end}
              onChange={(e) => setHours({ end: e.target.value })}
            />
          </div>
          <div className="inline-fields" role="group" aria-label="Working days">
            {WEEKDAYS.map((day, index) => (
              <label key={day} className="checkbox-row">
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
                {day}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-length`}>Default event length</label>
        <select
          id={`${id}-length`}
          value={form.defaultEventMinutes}
          onChange={(e) => setForm({ ...form, defaultEventMinutes: Number(e.target.value) })}
        >
          {LENGTHS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes < 60
                ? `${minutes} minutes`
                : `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>Second time zone (Day and Week)</label>
        <select
          id={`${id}-zone`}
          value={form.secondaryTimeZone ?? ''}
          onChange={(e) => setForm({ ...form, secondaryTimeZone: e.target.value || null })}
        >
          <option value="">None</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-declined`}>Declined events</label>
        <select
          id={`${id}-declined`}
          value={form.declinedEvents}
          onChange={(e) =>
            setForm({ ...form, declinedEvents: e.target.value as Settings['declinedEvents'] })
          }
        >
          <option value="show">Shown, struck through</option>
          <option value="dim">Dimmed</option>
          <option value="hide">Hidden</option>
        </select>
      </div>
    </SettingsPaneForm>
  );
}
