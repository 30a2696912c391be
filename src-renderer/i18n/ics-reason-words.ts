// Why a file's event was left out or changed, in the reader's language: its sentence
// (src-preload/ics/ics-reasons.ts) worded by the catalogue, else the English it came with
// (the iCalendar parser's own words have no sentence).
import { ICS_REASONS, type IcsReasonId } from '../../src-preload/ics/ics-reasons';
import type { IcsProblem } from '../../src-preload/ics/ics-calendar';
import type { ActiveLocale } from './active-locale';
import type { MessageId } from './catalogues';

/** English's catalogue entries for the reasons: `ics.reason.<id>`. */
export const ENGLISH_ICS_REASONS = Object.fromEntries(
  Object.entries(ICS_REASONS).map(([id, words]) => [`ics.reason.${id}`, words]),
) as { [K in IcsReasonId as `ics.reason.${K}`]: string };

export function reasonText(problem: IcsProblem, t: ActiveLocale['t']): string {
  const reason = problem.reason;
  if (!reason || !(reason.id in ICS_REASONS)) return problem.message;
  return t(`ics.reason.${reason.id}` as MessageId, reason.values);
}
