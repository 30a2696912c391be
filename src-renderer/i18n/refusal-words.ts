// A refusal (src-preload/model/calendar-access.ts says why an event cannot change or move) in
// the reader's language, for the editor's lock, the grid's refused drag and a failed write.
import type { Refusal } from '../../src-preload/model/calendar-access';
import { activeLocale } from './active-locale';

export function refusalText(refusal: Refusal): string {
  const { t } = activeLocale();
  switch (refusal.reason) {
    case 'readOnly':
      return t('refusal.readOnly', { calendar: refusal.calendar });
    case 'notSynced':
      return t('refusal.notSynced', { calendar: refusal.calendar });
    case 'organizerOnly':
      return t('refusal.organizerOnly');
    case 'guestMove':
      return t('refusal.guestMove');
    case 'stays':
      return t('refusal.stays', { type: refusal.type });
  }
}

/** The refusal in words, or null when there is none. */
export function refusalTextOf(refusal: Refusal | null | undefined): string | null {
  return refusal ? refusalText(refusal) : null;
}
