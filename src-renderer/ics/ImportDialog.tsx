// "Import…": choose an .ics file (or come with one dropped on the window or opened with
// Almanac) and the calendar it goes into, read what will happen, then import. Nothing is
// written until Import is pressed; changing the calendar plans again against that calendar.
import { shownName } from '../db/queries';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { canWrite } from '../../src-preload/model/calendar-access';
import type { AlmanacDatabase } from '../db/database';
import { Dialog } from '../calendar/Dialog';
import { visibleText } from '../visible-text';
import { applyImport, prepareImport, type PreparedImport } from './ics-import';
import { activeLocale } from '../i18n/active-locale';
import { useLocale } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/catalogues';
import { importResultText, problemText } from './import-words';
import type { IcsProblem } from '../../src-preload/ics/ics-calendar';
import { answerInvitation, type InvitationAnswer } from './invitation-answer';

/** A file to import: its name (for the dialog) and its bytes (the reader finds the charset). */
export interface IcsFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportDialogProps {
  db: AlmanacDatabase;
  calendars: readonly Calendar[];
  /** The calendar offered first. */
  calendarId?: string;
  /** The user's zone: floating times in the file are read in it (or in the calendar's). */
  zone: string;
  file: IcsFile | null;
  onClose(): void;
  /** After an import: what it did, for the window's notice. */
  onDone(message: string): void;
}

export function ImportDialog(props: ImportDialogProps) {
  const { db, zone, onClose, onDone } = props;
  const targets = props.calendars.filter(canWrite);
  const ids = { file: useId(), calendar: useId() };
  // The user's addresses, so an invitation finds them among its guests.
  const selfEmails = useMemo(
    () => [...new Set(props.calendars.flatMap((c) => (c.account ? [c.account] : [])))],
    [props.calendars],
  );
  const [file, setFile] = useState<IcsFile | null>(props.file);
  // A file picked through the input shows its name there; one dropped or opened does not.
  const [pickedThroughInput, setPickedThroughInput] = useState(false);
  // The dialog may open before the calendars are read (a file that launched the app, a drop
  // in the first moment): the default is worked out on every render until the person picks.
  const [picked, setCalendarId] = useState<string | null>(null);
  const calendarId =
    targets.find((c) => c.id === picked)?.id ??
    targets.find((c) => c.id === props.calendarId)?.id ??
    targets[0]?.id ??
    '';
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useLocale();

  useEffect(() => {
    setPrepared(null);
    setProblem(null);
    if (!file || !calendarId) return;
    let current = true;
    prepareImport(db, calendarId, file.bytes, { zone, selfEmails }).then(
      (next) => current && setPrepared(next),
      (error: unknown) => current && setProblem(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [db, file, calendarId, zone, selfEmails]);

  const pick = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
    setPickedThroughInput(true);
  };

  const confirm = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const result = await applyImport(db, prepared);
      onDone(importResultText(result, shownName(prepared.calendar).summary));
    } catch (error) {
      setProblem(t('import.failed', { reason: messageOf(error) }));
      setBusy(false);
    }
  };

  const answer = async (response: InvitationAnswer) => {
    if (!prepared) return;
    setBusy(true);
    try {
      onDone(await answerInvitation(db, prepared, response));
    } catch (error) {
      setProblem(t('import.answerFailed', { reason: messageOf(error) }));
      setBusy(false);
    }
  };

  const invitation = prepared?.method === 'REQUEST' ? prepared.plan.events[0] : undefined;
  const preview = prepared?.plan.preview;
  const nothing = preview !== undefined && preview.events === 0 && preview.removals === 0;
  return (
    <Dialog
      label={invitation ? t('import.invitation') : t('import.title')}
      onClose={onClose}
      className="ics-dialog"
    >
      <h2 className="dialog-title">{invitation ? t('import.invitation') : t('import.title')}</h2>
      <div className="dialog-body">
        <div className="field">
          <label htmlFor={ids.file}>{t('import.file')}</label>
          <input
            id={ids.file}
            type="file"
            accept=".ics,.ical,.ifb,.icalendar,text/calendar"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          {file && !pickedThroughInput && <span className="hint">{visibleText(file.name)}</span>}
        </div>
        <div className="field">
          <label htmlFor={ids.calendar}>{t('import.into')}</label>
          <select
            id={ids.calendar}
            value={calendarId}
            onChange={(e) => setCalendarId(e.target.value)}
          >
            {targets.map((c) => (
              <option key={c.id} value={c.id}>
                {visibleText(c.summary)}
              </option>
            ))}
          </select>
        </div>
        {invitation && (
          <div className="ics-invitation" aria-label={t('import.invitation')}>
            <p className="ics-summary">{visibleText(invitation.summary ?? t('import.noTitle'))}</p>
            <p>
              {whenOf(
                invitation.startMs,
                invitation.endMs,
                invitation.start.date !== undefined,
                zone,
              )}
            </p>
            {invitation.organizer && (
              <p className="hint">
                {t('import.from', {
                  organizer: visibleText(
                    invitation.organizer.displayName ?? invitation.organizer.email ?? '',
                  ),
                })}
              </p>
            )}
          </div>
        )}
        {prepared && !invitation && (
          <p role="status" aria-label={t('import.whatItDoes')} className="ics-summary">
            {visibleText(prepared.summary)}
          </p>
        )}
        {preview && preview.unreadable.length > 1 && (
          <ProblemList title={t('import.unreadableList')} problems={preview.unreadable} />
        )}
        {preview && preview.notes.length > 0 && (
          <ProblemList title={t('import.notes')} problems={preview.notes} />
        )}
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
        {invitation ? (
          ANSWERS.map(([response, label]) => (
            <button
              key={response}
              type="button"
              className={response === 'accepted' ? 'button primary' : 'button'}
              onClick={() => void answer(response)}
              disabled={busy}
            >
              {t(label)}
            </button>
          ))
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => void confirm()}
            disabled={busy || !prepared || nothing}
          >
            {busy ? t('import.busy') : t('import.import')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

/** What the preview found, under a heading that also names the list. */
function ProblemList({ title, problems }: { title: string; problems: readonly IcsProblem[] }) {
  const id = useId();
  return (
    <>
      <p className="ics-list-title" id={id}>
        {title}
      </p>
      <ul className="ics-problems" aria-labelledby={id}>
        {problems.map((p, i) => (
          <li key={i}>{visibleText(problemText(p))}</li>
        ))}
      </ul>
    </>
  );
}

const ANSWERS: [InvitationAnswer, MessageId][] = [
  ['declined', 'import.decline'],
  ['tentative', 'answer.maybe'],
  ['accepted', 'import.accept'],
];

/** "Wed 15 Apr 2026, 19:00 – 20:00" in the user's zone (all-day: the dates). */
function whenOf(startMs: number, endMs: number, allDay: boolean, zone: string): string {
  const { locale, hourCycle } = activeLocale();
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(allDay ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: zone, hourCycle }),
  });
  return format.formatRange(startMs, allDay ? endMs - 86_400_000 : endMs);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
