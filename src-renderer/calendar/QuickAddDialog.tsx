// Quick add (`q`): one typed phrase ("Lunch with Ana tomorrow 1pm at Café Central", "Standup
// every weekday 9:30") read as it is typed, its reading shown field by field, and Enter opens
// the editor on that draft, so nothing is saved before the person has seen every field.
import { useId, useMemo, useState } from 'react';
import { Dialog } from './Dialog';
import { quickAdd, type QuickAddContext } from './model/quick-add';
import { repeatRuleWords } from './model/rule-words';
import { activeLocale } from '../i18n/active-locale';
import type { EventDraft } from './model/types';

export interface QuickAddDialogProps {
  /** Where the phrase is read: now, the zone, the calendar, the default length. */
  context: Omit<QuickAddContext, 'now'>;
  onDraft(draft: EventDraft): void;
  onClose(): void;
}

export function QuickAddDialog({ context, onDraft, onClose }: QuickAddDialogProps) {
  const id = useId();
  const [text, setText] = useState('');
  const reading = useMemo(() => {
    if (!text.trim()) return null;
    try {
      return quickAdd(text, { ...context, now: Date.now() });
    } catch {
      return null;
    }
  }, [text, context]);
  const draft = reading?.draft;

  return (
    <Dialog label="Quick add" onClose={onClose} className="quick-add-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (draft) onDraft(draft);
        }}
      >
        <h2 className="dialog-title">Quick add</h2>
        <div className="field">
          <label htmlFor={`${id}-text`}>New event</label>
          <input
            id={`${id}-text`}
            data-autofocus=""
            autoComplete="off"
            placeholder="Lunch with Ana tomorrow 1pm at Café Central"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {draft && (
          <dl className="quick-add-reading" aria-label="Reading">
            <dt>Title</dt>
            <dd>{draft.summary || '(No title)'}</dd>
            <dt>When</dt>
            <dd>{whenText(draft)}</dd>
            {draft.repeat && (
              <>
                <dt>Repeats</dt>
                <dd>{repeatRuleWords(draft.repeat, startOf(draft), activeLocale().ruleWords)}</dd>
              </>
            )}
            {draft.location && (
              <>
                <dt>Where</dt>
                <dd>{draft.location}</dd>
              </>
            )}
            {draft.attendees.length > 0 && (
              <>
                <dt>Guests</dt>
                <dd>{draft.attendees.map((a) => a.email).join(', ')}</dd>
              </>
            )}
          </dl>
        )}
        <p className="hint">
          Enter opens the event with these fields filled in, to check and save.
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!draft}>
            Open in editor
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Thu 11 Jun, 13:00 – 14:00", "Thu 11 – Sat 13 Jun (all day)". */
function whenText(draft: EventDraft): string {
  const { formats, t } = activeLocale();
  const day = (date: string) => formats.dayShortWithYear(date);
  if (draft.allDay)
    return draft.endDate === draft.startDate
      ? t('quickAdd.allDay', { day: day(draft.startDate) })
      : t('quickAdd.allDayRange', { first: day(draft.startDate), last: day(draft.endDate) });
  const start = formats.wallTime(draft.startTime);
  const end = formats.wallTime(draft.endTime);
  const zone = draft.timeZone.replace(/_/g, ' ');
  return draft.endDate === draft.startDate
    ? t('quickAdd.sameDay', { day: day(draft.startDate), start, end, zone })
    : t('quickAdd.acrossDays', {
        startDay: day(draft.startDate),
        start,
        endDay: day(draft.endDate),
        end,
        zone,
      });
}

function startOf(draft: EventDraft) {
  return draft.allDay
    ? { date: draft.startDate }
    : { dateTime: `${draft.startDate}T${draft.startTime}:00`, timeZone: draft.timeZone };
}
