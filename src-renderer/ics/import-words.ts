// What an import will do and did, in the reader's language: the preview before Import ("Import
// 42 events (3 repeating) into Work; 2 already here will be updated; 1 could not be read: line
// 40, event “Lunch”: it has no start (DTSTART)"), the notice after it, and where in the file
// a problem is. The plan (src-preload/ics/import-plan.ts) gives the numbers; the words are here.
// Why a line could not be read is the reader's own sentence, and stays in English.
import type { OpenedFile } from '../../src-preload/contract';
import { reasonText } from '../i18n/ics-reason-words';
import type { IcsProblem } from '../../src-preload/ics/ics-calendar';
import type { ImportPreview } from '../../src-preload/ics/import-plan';
import { activeLocale } from '../i18n/active-locale';

/** How many events an import added, updated and removed. */
export interface ImportCounts {
  added: number;
  updated: number;
  removed: number;
}

/** The preview in words, parts joined by semicolons. */
export function importSummary(preview: ImportPreview, calendar: string): string {
  const { t, locale } = activeLocale();
  const parts: string[] = [];
  if (preview.events > 0)
    parts.push(
      t('import.events', { count: preview.events, repeating: preview.repeating, calendar }),
    );
  else if (preview.removals === 0) parts.push(t('import.none', { calendar }));
  if (preview.updates > 0) parts.push(t('import.updates', { count: preview.updates }));
  if (preview.removals > 0) parts.push(t('import.removals', { count: preview.removals }));
  const [first, ...others] = preview.unreadable;
  if (first)
    parts.push(
      t('import.unreadable', {
        count: preview.unreadable.length,
        first: problemText(first),
        more: others.length,
      }),
    );
  const leftOut = Object.entries(preview.leftOut).map(([kind, count]) =>
    t('import.kind', { kind, count }),
  );
  if (leftOut.length > 0) parts.push(t('import.leftOut', { items: listOf(leftOut, locale) }));
  return parts.join('; ');
}

/** "Added 40 events, updated 2 events in Work." — what an import did, for the notice after it. */
export function importResultText(result: ImportCounts, calendar: string): string {
  const { t, locale } = activeLocale();
  const parts = [
    result.added > 0 ? t('import.result.added', { count: result.added }) : '',
    result.updated > 0 ? t('import.result.updated', { count: result.updated }) : '',
    result.removed > 0 ? t('import.result.removed', { count: result.removed }) : '',
  ].filter(Boolean);
  if (parts.length === 0) return t('import.result.nothing', { calendar });
  const changes = parts.join(', ');
  return t('import.result', {
    changes: changes.charAt(0).toLocaleUpperCase(locale) + changes.slice(1),
    calendar,
  });
}

/** A problem of the file with where it is: "line 11, event “No start”: it has no start". */
export function problemText(problem: IcsProblem): string {
  const { t } = activeLocale();
  const reason = reasonText(problem, t);
  if (problem.line !== undefined && problem.event !== undefined)
    return t('import.problem.lineEvent', { line: problem.line, event: problem.event, reason });
  if (problem.line !== undefined) return t('import.problem.line', { line: problem.line, reason });
  if (problem.event !== undefined)
    return t('import.problem.event', { event: problem.event, reason });
  return reason;
}

function listOf(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** Why a file opened with Almanac could not be read, in the window's language. */
export function openedProblemText(file: OpenedFile): string {
  const { t } = activeLocale();
  const why = file.why;
  if (!why) return file.problem ?? '';
  if (why.code === 'too-large')
    return t('opened.tooLarge', { name: file.name, mb: why.mb ?? 0, max: why.max ?? 0 });
  if (why.code === 'gone') return t('opened.gone', { name: file.name });
  return t('opened.unreadable', { name: file.name, detail: why.detail ?? '' });
}
