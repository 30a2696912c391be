// The guide to Google problems in the window's language. Main names each problem by code
// with English words for its log (src-preload/google-problems.ts); the window says the same
// entry from its catalogue ("problem.<code>.title" and ".fix"), and keeps main's words only
// for a code the guide does not know (they carry Google's own message).
import type { GoogleProblemInfo } from '../../src-preload/contract';
import { GUIDE } from '../../src-preload/google-problems';
import type { ActiveLocale } from '../i18n/active-locale';
import type { MessageId } from '../i18n/catalogues';

export function problemWords(
  problem: Pick<GoogleProblemInfo, 'code' | 'title' | 'fix'>,
  { t }: Pick<ActiveLocale, 't'>,
): { title: string; fix: string } {
  if (!(problem.code in GUIDE))
    return { title: t('problem.unknown.title', { code: problem.code }), fix: problem.fix };
  return {
    title: t(`problem.${problem.code}.title` as MessageId),
    fix: t(`problem.${problem.code}.fix` as MessageId),
  };
}
