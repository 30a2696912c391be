// The editor's "Repeat" control: Google's presets for the event's start date, and "Custom…"
// for interval, weekdays and how the series ends. Values that make no sense (interval 0, no
// weekday) are kept as typed so validation can name them instead of silently fixing them.
import { useId, useState } from 'react';
import { DateTime } from 'luxon';
import { describeRepeatRule } from './model/repeat-rules';
import type { RepeatRule, Weekday } from './model/types';

export interface RepeatFieldProps {
  /** The select's id, so the editor's visible "Repeat" label names it. */
  id: string;
  rule: RepeatRule | null;
  /** YYYY-MM-DD of the event's start; the presets repeat on its weekday / day of month. */
  startDate: string;
  onChange(rule: RepeatRule | null): void;
  errorId?: string;
  invalid: boolean;
}

type Choice = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'custom';

const WEEKDAYS: { code: Weekday; name: string; short: string }[] = [
  { code: 'MO', name: 'Monday', short: 'M' },
  { code: 'TU', name: 'Tuesday', short: 'T' },
  { code: 'WE', name: 'Wednesday', short: 'W' },
  { code: 'TH', name: 'Thursday', short: 'T' },
  { code: 'FR', name: 'Friday', short: 'F' },
  { code: 'SA', name: 'Saturday', short: 'S' },
  { code: 'SU', name: 'Sunday', short: 'S' },
];

const UNITS: Record<RepeatRule['freq'], string> = {
  DAILY: 'days',
  WEEKLY: 'weeks',
  MONTHLY: 'months',
  YEARLY: 'years',
};

export function RepeatField({
  id: selectId,
  rule,
  startDate,
  onChange,
  errorId,
  invalid,
}: RepeatFieldProps) {
  const id = useId();
  const weekday = weekdayOf(startDate);
  const preset = presetOf(rule, weekday);
  // A rule that matches a preset still shows the custom fields once the user asked for them.
  const [customOpen, setCustomOpen] = useState(preset === 'custom');
  const choice: Choice = customOpen && rule ? 'custom' : preset;

  const choose = (next: Choice) => {
    setCustomOpen(next === 'custom');
    if (next === 'custom') onChange(rule ?? presetRule('weekly', weekday));
    else onChange(next === 'none' ? null : presetRule(next, weekday));
  };

  const patch = (change: Partial<RepeatRule>) => rule && onChange({ ...rule, ...change });

  return (
    <div className="repeat-field">
      <select
        id={selectId}
        value={choice}
        onChange={(e) => choose(e.target.value as Choice)}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
      >
        <option value="none">Does not repeat</option>
        <option value="daily">Daily</option>
        <option value="weekly">Weekly on {weekday.name}</option>
        <option value="monthly">Monthly</option>
        <option value="yearly">Yearly</option>
        <option value="custom">Custom…</option>
      </select>

      {choice === 'custom' && rule && (
        <div className="custom-repeat">
          <div className="inline-fields">
            <label htmlFor={`${id}-interval`}>Every</label>
            <input
              id={`${id}-interval`}
              type="number"
              min={1}
              className="narrow"
              value={Number.isFinite(rule.interval) ? rule.interval : ''}
              onChange={(e) =>
                patch({ interval: e.target.value === '' ? 0 : Number(e.target.value) })
              }
            />
            <select
              aria-label="Frequency"
              value={rule.freq}
              onChange={(e) => {
                const freq = e.target.value as RepeatRule['freq'];
                patch({
                  freq,
                  byDay: freq === 'WEEKLY' ? (rule.byDay ?? [weekday.code]) : undefined,
                });
              }}
            >
              {(Object.keys(UNITS) as RepeatRule['freq'][]).map((freq) => (
                <option key={freq} value={freq}>
                  {UNITS[freq]}
                </option>
              ))}
            </select>
          </div>

          {rule.freq === 'WEEKLY' && (
            <fieldset className="weekday-picker">
              <legend>On days</legend>
              {WEEKDAYS.map((day) => {
                const on = rule.byDay?.includes(day.code) ?? false;
                return (
                  <label
                    key={day.code}
                    className={`weekday-toggle ${on ? 'on' : ''}`}
                    title={day.name}
                  >
                    <input
                      type="checkbox"
                      aria-label={day.name}
                      checked={on}
                      onChange={() =>
                        patch({
                          byDay: on
                            ? (rule.byDay ?? []).filter((d) => d !== day.code)
                            : WEEKDAYS.map((d) => d.code).filter(
                                (d) => d === day.code || rule.byDay?.includes(d),
                              ),
                        })
                      }
                    />
                    <span aria-hidden="true">{day.short}</span>
                  </label>
                );
              })}
            </fieldset>
          )}

          <fieldset className="ends-picker">
            <legend>Ends</legend>
            <label className="radio-row">
              <input
                type="radio"
                name={`${id}-ends`}
                checked={rule.end.type === 'never'}
                onChange={() => patch({ end: { type: 'never' } })}
              />
              Never
            </label>
            <div className="radio-row">
              <input
                id={`${id}-ends-count`}
                type="radio"
                name={`${id}-ends`}
                checked={rule.end.type === 'count'}
                onChange={() => patch({ end: { type: 'count', count: 10 } })}
              />
              <label htmlFor={`${id}-ends-count`}>After</label>
              <input
                type="number"
                min={1}
                className="narrow"
                aria-label="Occurrences"
                disabled={rule.end.type !== 'count'}
                value={
                  rule.end.type === 'count'
                    ? Number.isFinite(rule.end.count)
                      ? rule.end.count
                      : ''
                    : 10
                }
                onChange={(e) =>
                  patch({
                    end: {
                      type: 'count',
                      count: e.target.value === '' ? 0 : Number(e.target.value),
                    },
                  })
                }
              />
              <span>occurrences</span>
            </div>
            <div className="radio-row">
              <input
                id={`${id}-ends-until`}
                type="radio"
                name={`${id}-ends`}
                checked={rule.end.type === 'until'}
                onChange={() =>
                  patch({
                    end: {
                      type: 'until',
                      date:
                        DateTime.fromISO(startDate).plus({ months: 3 }).toISODate() ?? startDate,
                    },
                  })
                }
              />
              <label htmlFor={`${id}-ends-until`}>On</label>
              <input
                type="date"
                aria-label="Until"
                disabled={rule.end.type !== 'until'}
                value={rule.end.type === 'until' ? rule.end.date : ''}
                onChange={(e) => patch({ end: { type: 'until', date: e.target.value } })}
              />
            </div>
          </fieldset>
          <p className="hint">{safeDescribe(rule)}</p>
        </div>
      )}
    </div>
  );
}

function weekdayOf(date: string): { code: Weekday; name: string } {
  const parsed = DateTime.fromISO(date);
  const day = WEEKDAYS[parsed.isValid ? parsed.weekday - 1 : 0] ?? WEEKDAYS[0]!;
  return { code: day.code, name: day.name };
}

function presetRule(
  choice: Exclude<Choice, 'none' | 'custom'>,
  weekday: { code: Weekday },
): RepeatRule {
  const end = { type: 'never' } as const;
  switch (choice) {
    case 'daily':
      return { freq: 'DAILY', interval: 1, end };
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, byDay: [weekday.code], end };
    case 'monthly':
      return { freq: 'MONTHLY', interval: 1, end };
    case 'yearly':
      return { freq: 'YEARLY', interval: 1, end };
  }
}

function presetOf(rule: RepeatRule | null, weekday: { code: Weekday }): Choice {
  if (!rule) return 'none';
  if (rule.interval !== 1 || rule.end.type !== 'never') return 'custom';
  switch (rule.freq) {
    case 'DAILY':
      return 'daily';
    case 'WEEKLY':
      return rule.byDay?.length === 1 && rule.byDay[0] === weekday.code ? 'weekly' : 'custom';
    case 'MONTHLY':
      return 'monthly';
    case 'YEARLY':
      return 'yearly';
  }
}

function safeDescribe(rule: RepeatRule): string {
  try {
    return describeRepeatRule(rule);
  } catch {
    return '';
  }
}
