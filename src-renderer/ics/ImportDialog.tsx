// "Import…": choose an .ics file (or come with one dropped on the window or opened with
// Almanac) and the calendar it goes into, read what will happen, then import. Nothing is
// written until Import is pressed; changing the calendar plans again against that calendar.
import { useEffect, useId, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import { canWrite } from '../../src-preload/model/calendar-access';
import { describeProblem } from '../../src-preload/ics/ics-calendar';
import type { AlmanacDatabase } from '../db/database';
import { Dialog } from '../calendar/Dialog';
import { visibleText } from '../visible-text';
import { applyImport, describeResult, prepareImport, type PreparedImport } from './ics-import';

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
  const [file, setFile] = useState<IcsFile | null>(props.file);
  const [calendarId, setCalendarId] = useState(
    targets.find((c) => c.id === props.calendarId)?.id ?? targets[0]?.id ?? '',
  );
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setPrepared(null);
    setProblem(null);
    if (!file || !calendarId) return;
    let current = true;
    prepareImport(db, calendarId, file.bytes, { zone }).then(
      (next) => current && setPrepared(next),
      (error: unknown) => current && setProblem(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [db, file, calendarId, zone]);

  const pick = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
  };

  const confirm = async () => {
    if (!prepared) return;
    setBusy(true);
    try {
      const result = await applyImport(db, prepared);
      onDone(describeResult(result, prepared.calendar.summary));
    } catch (error) {
      setProblem(`Nothing was imported: ${messageOf(error)}`);
      setBusy(false);
    }
  };

  const preview = prepared?.plan.preview;
  const nothing = preview !== undefined && preview.events === 0 && preview.removals === 0;
  return (
    <Dialog label="Import events" onClose={onClose} className="ics-dialog">
      <h2 className="dialog-title">Import events</h2>
      <div className="dialog-body">
        <div className="field">
          <label htmlFor={ids.file}>iCalendar file (.ics)</label>
          <input
            id={ids.file}
            type="file"
            accept=".ics,.ical,.ifb,.icalendar,text/calendar"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          {file && <span className="hint">{visibleText(file.name)}</span>}
        </div>
        <div className="field">
          <label htmlFor={ids.calendar}>Into calendar</label>
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
        {prepared && (
          <p role="status" aria-label="What Import does" className="ics-summary">
            {visibleText(prepared.summary)}
          </p>
        )}
        {preview && preview.unreadable.length > 1 && (
          <ul className="ics-problems" aria-label="Could not be read">
            {preview.unreadable.map((p, i) => (
              <li key={i}>{visibleText(describeProblem(p))}</li>
            ))}
          </ul>
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
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => void confirm()}
          disabled={busy || !prepared || nothing}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
