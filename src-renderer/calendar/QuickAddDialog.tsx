// Quick add (`q`): one typed phrase ("Lunch with Ana tomorrow 1pm at Café Central", "Standup
// every weekday 9:30") read as it is typed, its reading shown field by field, and Enter opens
// the editor on that draft, so nothing is saved before the person has seen every field.
import { useId, useMemo, useState } from 'react';
import { Dialog } from './Dialog';
import { quickAdd, type QuickAddContext } from './model/quick-add';
import { repeatRuleWords } from './model/rule-words';
import { activeLocale } from '../i18n/active-locale';
import { useLocale } from '../i18n/LocaleProvider';
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
  const { t, locale } = useLocale();
  const language = locale.split('-')[0];
  const reading = useMemo(() => {
    if (!text.trim()) return null;
    try {
      return quickAdd(text, { ...context, now: Date.now(), language });
    } catch {
      return null;
    }
  }, [text, context, language]);
  const draft = reading?.draft;

  return (
    <Dialog label={t('quickAdd.title')} onClose={onClose} className="quick-add-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (draft) onDraft(draft);
        }}
      >
        <h2 className="dialog-title">{t('quickAdd.title')}</h2>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('quickAdd.text')}</label>
          <input
            id={`${id}-text`}
            data-autofocus=""
            autoComplete="off"
            placeholder={t('quickAdd.placeholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        {draft && (
          <dl className="quick-add-reading" aria-label={t('quickAdd.reading')}>
            <dt>{t('quickAdd.what')}</dt>
            <dd>{draft.summary || t('event.noTitle')}</dd>
            <dt>{t('quickAdd.when')}</dt>
            <dd>{whenText(draft)}</dd>
            {draft.repeat && (
              <>
                <dt>{t('quickAdd.repeats')}</dt>
                <dd>{repeatRuleWords(draft.repeat, startOf(draft), activeLocale().ruleWords)}</dd>
              </>
            )}
            {draft.location && (
              <>
                <dt>{t('quickAdd.where')}</dt>
                <dd>{draft.location}</dd>
              </>
            )}
            {draft.attendees.length > 0 && (
              <>
                <dt>{t('quickAdd.guests')}</dt>
                <dd>{draft.attendees.map((a) => a.email).join(', ')}</dd>
              </>
            )}
          </dl>
        )}
        <p className="hint">{t('quickAdd.hint')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!draft}>
            {t('quickAdd.open')}
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
