// Why a subscribed feed failed, kept as what was said (main's refusal, or a feed that is not a
// calendar) and worded when shown, so the calendar's line reads in the language the window is
// in now, not the one it was in at the failed fetch.
import type { CalendarSubscription, FeedFailureWords } from '../../src-preload/model/event';
import { bridgeErrorText } from '../i18n/bridge-error-words';
import { activeLocale } from '../i18n/active-locale';
import { problemText } from './import-words';

/** A failed fetch or read of a feed; its message is the words in the language of the moment. */
export class FeedFailure extends Error {
  constructor(readonly words: FeedFailureWords) {
    super(feedFailureText(words));
    this.name = 'FeedFailure';
  }
}

export function feedFailureText(words: FeedFailureWords): string {
  if ('refused' in words) return bridgeErrorText(words.refused);
  const { t } = activeLocale();
  return words.notCalendar
    ? t('feed.notCalendarWhy', { reason: problemText(words.notCalendar) })
    : t('feed.notCalendar');
}

/** Why the subscription's last refresh failed, in the reader's language; undefined if it did not. */
export function lastFailureText(source: CalendarSubscription): string | undefined {
  return source.lastErrorWords ? feedFailureText(source.lastErrorWords) : source.lastError;
}
