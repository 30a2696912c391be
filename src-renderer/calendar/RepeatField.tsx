// The editor's "Repeat" control: Google Calendar's presets for the event's start date
// ("Every weekday (Monday to Friday)", "Monthly on the first Friday", "Monthly on the last
// weekday"…), and "Custom…" for interval, weekdays, the day of the month and how the series
// ends. Values that make no sense (interval 0, no weekday) are kept as typed so validation
// can name them instead of silently fixing them.
import { useId, useMemo, useState } from 'react';
import { DateTime } from 'luxon';
import { monthlyChoices, presetForRule, repeatPresets } from './model/repeat-presets';
import { repeatMenuWord, repeatRuleWords } from './model/rule-words';
import type { WordsOptions } from './model/rule-words';
import { useLocale } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/catalogues';
import { LocaleDateInput } from './LocaleInputs';
import type { MonthDay, RepeatRule, Weekday } from './model/types';

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

// Monday first, as RFC 5545 counts; each with its day number (0 Sunday) for the names.
const WEEKDAYS: { code: Weekday; day: number }[] = [
  { code: 'MO', day: 1 },
  { code: 'TU', day: 2 },
  { code: 'WE', day: 3 },
  { code: 'TH', day: 4 },
  { code: 'FR', day: 5 },
  { code: 'SA', day: 6 },
  { code: 'SU', day: 0 },
];

const UNITS: Record<RepeatRule['freq'], MessageId> = {
  DAILY: 'repeat.unit.days',
  WEEKLY: 'repeat.unit.weeks',
  MONTHLY: 'repeat.unit.months',
  YEARLY: 'repeat.unit.years',
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
  const { formats, t, ruleWords } = useLocale();
  const weekday = weekdayOf(startDate);
  const presets = useMemo(() => repeatPresets(startDate, ruleWords), [startDate, ruleWords]);
  const monthDays = useMemo(() => monthlyChoices(startDate, ruleWords), [startDate, ruleWords]);
  const safeWords = (rule: RepeatRule, startDate: string) =>
    describeSafely(rule, startDate, ruleWords);
  const preset = presetForRule(rule, startDate, presets);
  // A rule that matches a preset still shows the custom fields once the user asked for them.
  const [customOpen, setCustomOpen] = useState(preset === 'custom');
  const choice = customOpen && rule ? 'custom' : preset;

  const choose = (next: string) => {
    setCustomOpen(next === 'custom');
    if (next === 'custom') onChange(rule ?? presets.find((p) => p.id === 'weekly')!.rule);
    else onChange(presets.find((p) => p.id === next)?.rule ?? null);
  };

  const patch = (change: Partial<RepeatRule>) => rule && onChange({ ...rule, ...change });
  const monthDayIndex = rule?.monthDay
    ? monthDays.findIndex((c) => sameMonthDay(c.monthDay, rule.monthDay!))
    : 0;

  return (
    <div className="repeat-field">
      <select
        id={selectId}
        value={choice}
        onChange={(e) => choose(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={errorId}
      >
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value="custom">
          {choice === 'custom' && rule
            ? safeWords(rule, startDate)
            : repeatMenuWord('repeat.custom', ruleWords)}
        </option>
      </select>

      {choice === 'custom' && rule && (
        <div className="custom-repeat">
          <div className="inline-fields">
            <label htmlFor={`${id}-interval`}>{t('repeat.every')}</label>
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
              aria-label={t('repeat.frequency')}
              value={rule.freq}
              onChange={(e) => {
                const freq = e.target.value as RepeatRule['freq'];
                patch({
                  freq,
                  byDay: freq === 'WEEKLY' ? (rule.byDay ?? [weekday.code]) : undefined,
                  monthDay: freq === 'MONTHLY' ? rule.monthDay : undefined,
                });
              }}
            >
              {(Object.keys(UNITS) as RepeatRule['freq'][]).map((freq) => (
                <option key={freq} value={freq}>
                  {t(UNITS[freq], { count: rule.interval })}
                </option>
              ))}
            </select>
          </div>

          {rule.freq === 'MONTHLY' && (
            <div className="inline-fields">
              <label htmlFor={`${id}-month-day`}>{t('repeat.repeatsOn')}</label>
              <select
                id={`${id}-month-day`}
                value={monthDayIndex < 0 ? 'other' : String(monthDayIndex)}
                onChange={(e) => {
                  // The start's own day is what a plain monthly rule says: no BYMONTHDAY.
                  const index = Number(e.target.value);
                  patch({ monthDay: index === 0 ? undefined : monthDays[index]?.monthDay });
                }}
              >
                {monthDays.map((c, i) => (
                  <option key={c.label} value={String(i)}>
                    {c.label}
                  </option>
                ))}
                {monthDayIndex < 0 && (
                  <option value="other" disabled>
                    {safeWords({ ...rule, interval: 1, end: { type: 'never' } }, startDate)}
                  </option>
                )}
              </select>
            </div>
          )}

          {rule.freq === 'WEEKLY' && (
            <fieldset className="weekday-picker">
              <legend>{t('repeat.onDays')}</legend>
              {WEEKDAYS.map((day) => {
                const on = rule.byDay?.includes(day.code) ?? false;
                return (
                  <label
                    key={day.code}
                    className={`weekday-toggle ${on ? 'on' : ''}`}
                    title={formats.weekdayLong(day.day)}
                  >
                    <input
                      type="checkbox"
                      aria-label={formats.weekdayLong(day.day)}
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
                    <span aria-hidden="true">{formats.weekdayNarrowOf(day.day)}</span>
                  </label>
                );
              })}
            </fieldset>
          )}

          <fieldset className="ends-picker">
            <legend>{t('repeat.ends')}</legend>
            <label className="radio-row">
              <input
                type="radio"
                name={`${id}-ends`}
                checked={rule.end.type === 'never'}
                onChange={() => patch({ end: { type: 'never' } })}
              />
              {t('repeat.never')}
            </label>
            <div className="radio-row">
              <input
                id={`${id}-ends-count`}
                type="radio"
                name={`${id}-ends`}
                checked={rule.end.type === 'count'}
                onChange={() => patch({ end: { type: 'count', count: 10 } })}
              />
              <label htmlFor={`${id}-ends-count`}>{t('repeat.after')}</label>
              <input
                type="number"
                min={1}
                className="narrow"
                aria-label={t('repeat.occurrences')}
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
              <span>
                {t('repeat.occurrencesAfter', {
                  count: rule.end.type === 'count' ? rule.end.count : 10,
                })}
              </span>
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
              <label htmlFor={`${id}-ends-until`}>{t('repeat.on')}</label>
              <LocaleDateInput
                aria-label={t('repeat.until')}
                name={t('repeat.until')}
                disabled={rule.end.type !== 'until'}
                value={rule.end.type === 'until' ? rule.end.date : ''}
                onChange={(date) => patch({ end: { type: 'until', date } })}
              />
            </div>
          </fieldset>
          <p className="hint">{safeWords(rule, startDate)}</p>
        </div>
      )}
    </div>
  );
}

function weekdayOf(date: string): { code: Weekday } {
  const parsed = DateTime.fromISO(date);
  const day = WEEKDAYS[parsed.isValid ? parsed.weekday - 1 : 0] ?? WEEKDAYS[0]!;
  return { code: day.code };
}

function sameMonthDay(a: MonthDay, b: MonthDay): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeSafely(rule: RepeatRule, startDate: string, words: WordsOptions): string {
  try {
    return repeatRuleWords(rule, { date: startDate }, words);
  } catch {
    return '';
  }
}
