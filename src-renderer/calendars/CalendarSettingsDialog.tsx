// A calendar kept on this computer, new or existing: its name, colour, time zone and default
// reminders. A problem keeps the dialog open with what to fix next to the field, so nothing
// typed is lost.
import { useId, useMemo, useState } from 'react';
import type { Calendar, ReminderOverride } from '../../src-preload/model/event';
import { Dialog } from '../calendar/Dialog';
import { knownTimeZones } from '../calendar/model/display-dates';
import { describeReminder, LOCAL_DEFAULT_REMINDERS } from '../reminders/reminder-times';
import { detailsOf } from '../db/calendar-writes';
import {
  MAX_DEFAULT_REMINDERS,
  type CalendarDetails,
  type CalendarProblem,
} from '../../src-preload/model/calendar-details';
import { ColorChoices } from './ColorChoices';
import { useLocale } from '../i18n/LocaleProvider';
import { unusedColor } from './calendar-colors';

export interface CalendarSettingsDialogProps {
  /** The calendar to change; absent for a new one. */
  calendar?: Calendar;
  /** The zone a new calendar starts in (the one the window shows). */
  zone: string;
  /** Colours other calendars use, so a new one starts in a different one. */
  usedColors: string[];
  /** For a new calendar: the connected Google accounts, each offered as where it lives. */
  googleAccounts?: string[];
  /** For a new calendar: where it starts (the account whose group the person used). */
  home?: CalendarHome;
  /** Saves (a new calendar `where` chosen); answers the problems to show, or null once saved. */
  onSave(details: CalendarDetails, where: CalendarHome): Promise<CalendarProblem[] | null>;
  onClose(): void;
}

/** Where a new calendar lives: only on this computer, or on one of the Google accounts. */
export type CalendarHome = 'local' | { account: string };

// The select's value for "only on this computer" (the others are addresses, never this).
const LOCAL = 'local';

// The choices Google Calendar offers for reminders, before the start of a timed event.
const REMINDER_MINUTES = [0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080];

export function CalendarSettingsDialog(props: CalendarSettingsDialogProps) {
  const { calendar, zone, usedColors, googleAccounts = [], onSave, onClose } = props;
  // Someone connected to Google makes calendars there, as Google Calendar would.
  const [where, setWhere] = useState<CalendarHome>(
    props.home ?? (googleAccounts[0] ? { account: googleAccounts[0] } : 'local'),
  );
  const [details, setDetails] = useState<CalendarDetails>(() =>
    calendar
      ? detailsOf(calendar, zone)
      : {
          summary: '',
          color: unusedColor(usedColors),
          timeZone: zone,
          defaultReminders: LOCAL_DEFAULT_REMINDERS.map((r) => ({ ...r })),
        },
  );
  const [problems, setProblems] = useState<CalendarProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const { t } = useLocale();
  const zones = useMemo(() => knownTimeZones(details.timeZone), [details.timeZone]);
  const problemOf = (field: keyof CalendarDetails) =>
    problems.find((p) => p.field === field)?.message;
  const change = (patch: Partial<CalendarDetails>) => setDetails({ ...details, ...patch });
  const setReminder = (index: number, minutes: number) =>
    change({
      defaultReminders: details.defaultReminders.map((r, i) =>
        i === index ? { ...r, minutes } : r,
      ),
    });

  const save = async () => {
    setSaving(true);
    const found = await onSave(details, where);
    setSaving(false);
    if (found) setProblems(found);
  };

  const title = calendar
    ? t('calendarSettings.title', { calendar: calendar.summary })
    : t('calendarSettings.new');
  return (
    <Dialog label={title} onClose={onClose} className="calendar-settings-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="dialog-title">{title}</h2>
        <div className="editor-body">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('calendarSettings.name')}</label>
            <input
              id={`${id}-name`}
              data-autofocus=""
              value={details.summary}
              aria-invalid={Boolean(problemOf('summary'))}
              aria-describedby={`${id}-name-error`}
              onChange={(e) => change({ summary: e.target.value })}
            />
            <FieldError id={`${id}-name-error`} message={problemOf('summary')} />
          </div>
          {!calendar && googleAccounts.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-where`}>{t('calendarSettings.where')}</label>
              <select
                id={`${id}-where`}
                value={where === 'local' ? LOCAL : where.account}
                onChange={(e) =>
                  setWhere(e.target.value === LOCAL ? 'local' : { account: e.target.value })
                }
              >
                {googleAccounts.map((account) => (
                  <option key={account} value={account}>
                    {t('calendarSettings.where.google', { account })}
                  </option>
                ))}
                <option value={LOCAL}>{t('calendarSettings.where.local')}</option>
              </select>
            </div>
          )}
          <div className="field">
            <span className="label">{t('editor.color')}</span>
            <ColorChoices
              label={t('calendarSettings.colour')}
              value={details.color}
              onChange={(color) => change({ color })}
            />
            <FieldError id={`${id}-color-error`} message={problemOf('color')} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-zone`}>{t('editor.timeZone')}</label>
            <select
              id={`${id}-zone`}
              value={details.timeZone}
              onChange={(e) => change({ timeZone: e.target.value })}
            >
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-zone-error`} message={problemOf('timeZone')} />
          </div>
          <fieldset className="field plain-fieldset">
            <legend className="label">{t('reminderField.default')}</legend>
            {details.defaultReminders.length === 0 && (
              <p className="hint">{t('calendarSettings.noReminders')}</p>
            )}
            {details.defaultReminders.map((reminder, index) => (
              <ReminderRow
                key={index}
                reminder={reminder}
                index={index}
                onChange={(minutes) => setReminder(index, minutes)}
                onRemove={() =>
                  change({
                    defaultReminders: details.defaultReminders.filter((_, i) => i !== index),
                  })
                }
              />
            ))}
            {details.defaultReminders.length < MAX_DEFAULT_REMINDERS && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  change({
                    defaultReminders: [
                      ...details.defaultReminders,
                      { method: 'popup', minutes: 10 },
                    ],
                  })
                }
              >
                {t('reminderField.add')}
              </button>
            )}
            <FieldError id={`${id}-reminders-error`} message={problemOf('defaultReminders')} />
          </fieldset>
        </div>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {calendar ? t('common.save') : t('calendarSettings.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ReminderRow({
  reminder,
  index,
  onChange,
  onRemove,
}: {
  reminder: ReminderOverride;
  index: number;
  onChange(minutes: number): void;
  onRemove(): void;
}) {
  const { t } = useLocale();
  const choices = REMINDER_MINUTES.includes(reminder.minutes)
    ? REMINDER_MINUTES
    : [...REMINDER_MINUTES, reminder.minutes].sort((a, b) => a - b);
  return (
    <div className="inline-fields">
      <select
        aria-label={t('calendarSettings.reminder', { index: index + 1 })}
        value={reminder.minutes}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {choices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {describeReminder(minutes, false)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="link-button"
        aria-label={t('reminderField.remove', { index: index + 1 })}
        onClick={onRemove}
      >
        {t('calendarSettings.remove')}
      </button>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
