// "Export…": one calendar, or all of them, saved as one .ics file (a download in the browser
// shell, the save dialog in Electron), the same way the sync log's diagnostics are saved.
import { useId, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { Dialog } from '../calendar/Dialog';
import { BusyDialogActions } from '../calendar/BusyDialogActions';
import { saveFile } from '../preferences/sync-log-actions';
import { visibleText } from '../visible-text';
import { useLocale } from '../i18n/LocaleProvider';
import { exportCalendars } from './ics-export';
import { problemText } from './import-words';

const ALL = '';

export interface ExportDialogProps {
  db: AlmanacDatabase;
  calendars: readonly Calendar[];
  zone: string;
  onClose(): void;
  onDone(message: string): void;
}

export function ExportDialog({ db, calendars, zone, onClose, onDone }: ExportDialogProps) {
  const id = useId();
  const [calendarId, setCalendarId] = useState(ALL);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useLocale();

  const confirm = async () => {
    setBusy(true);
    try {
      const file = await exportCalendars(db, calendarId || null, zone);
      saveFile(file.name, file.text, 'text/calendar');
      const [first] = file.problems;
      const done = t('export.done', { count: file.events, file: file.name });
      onDone(
        first
          ? `${done} ${t('export.left', { count: file.problems.length, first: problemText(first) })}`
          : done,
      );
    } catch (error) {
      setProblem(
        t('export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog label={t('export.title')} onClose={onClose} className="ics-dialog">
      <h2 className="dialog-title">{t('export.title')}</h2>
      <div className="dialog-body">
        <div className="field">
          <label htmlFor={id}>{t('quickLook.calendar')}</label>
          <select id={id} value={calendarId} onChange={(e) => setCalendarId(e.target.value)}>
            <option value={ALL}>{t('log.calendar.all')}</option>
            {calendars.map((c) => (
              <option key={c.id} value={c.id}>
                {visibleText(c.summary)}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('export.hint')}</p>
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
      </div>
      <BusyDialogActions
        label={t('export.export')}
        busyLabel={t('export.busy')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={onClose}
      />
    </Dialog>
  );
}
