// Calendars in and out as files: the "Import…" and "Export…" buttons, an .ics file dropped
// anywhere on the window, and (Electron) the File menu's Import… and Export… and a file
// opened with Almanac, which main reads and hands over. Each opens its dialog here.
import { useEffect, useState } from 'react';
import type { Calendar } from '../../src-preload/model/event';
import type { AlmanacDatabase } from '../db/database';
import { getApi } from '../bridge';
import type { NoticeTone } from '../Banner';
import { ExportDialog } from './ExportDialog';
import { ImportDialog, type IcsFile } from './ImportDialog';
import { openedProblemText } from './import-words';
import { Subscriptions } from './Subscriptions';
import { useLocale } from '../i18n/LocaleProvider';
import './ics.css';
import { activeLocale } from '../i18n/active-locale';

export interface CalendarFilesProps {
  db: AlmanacDatabase;
  calendars: readonly Calendar[];
  /** The calendar offered first for an import. */
  calendarId?: string;
  zone: string;
  notify(message: string, tone?: NoticeTone): void;
}

export function CalendarFiles({ db, calendars, calendarId, zone, notify }: CalendarFilesProps) {
  const [importing, setImporting] = useState<{ file: IcsFile | null } | null>(null);
  const [exporting, setExporting] = useState(false);
  const { t } = useLocale();

  // A file opened with Almanac waits in main until the page takes it: at start (the file
  // that launched the app), and whenever main says one came or the menu asked.
  useEffect(() => {
    const take = async (fromMenu: boolean) => {
      const opened = await getApi().takeOpenedFiles();
      const [file] = opened.ok ? opened.value : [];
      if (file?.problem) notify(openedProblemText(file));
      else if (file || fromMenu) setImporting({ file: file ?? null });
    };
    void take(false);
    return getApi().onImportFile((fromMenu) => void take(fromMenu));
  }, [notify]);
  useEffect(() => getApi().onExportFile(() => setExporting(true)), []);
  useFileDrop((file) => setImporting({ file }), notify);

  return (
    <div className="calendar-files">
      <button type="button" className="button" onClick={() => setImporting({ file: null })}>
        {t('files.import')}
      </button>
      <button type="button" className="button" onClick={() => setExporting(true)}>
        {t('log.export')}
      </button>
      <Subscriptions db={db} calendars={calendars} zone={zone} notify={notify} />
      {importing && (
        <ImportDialog
          db={db}
          calendars={calendars}
          calendarId={calendarId}
          zone={zone}
          file={importing.file}
          onClose={() => setImporting(null)}
          onDone={(message) => {
            setImporting(null);
            notify(message, 'done');
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          db={db}
          calendars={calendars}
          zone={zone}
          onClose={() => setExporting(false)}
          onDone={(message) => {
            setExporting(false);
            notify(message, 'done');
          }}
        />
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------

/**
 * An .ics file dropped on the window opens the import. Anything else dropped is refused with
 * a word instead of letting the browser open it in place of the calendar.
 */
function useFileDrop(onFile: (file: IcsFile) => void, notify: (message: string) => void): void {
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files');
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = [...(event.dataTransfer?.files ?? [])].find(isCalendarFile);
      if (!file) return notify(activeLocale().t('import.onlyIcs'));
      void file
        .arrayBuffer()
        .then((buffer) => onFile({ name: file.name, bytes: new Uint8Array(buffer) }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, notify]);
}

function isCalendarFile(file: File): boolean {
  return file.type === 'text/calendar' || /\.(ics|ical|icalendar|ifb)$/i.test(file.name);
}
