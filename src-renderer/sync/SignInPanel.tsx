// Shown while the person signs in in their browser. Some failures happen on Google's own
// page and never come back to Almanac (a client of the wrong type, an account that is not a
// test user), so the panel says what those pages mean and how to fix them, offers the
// address to copy in case no tab opened, and lets the person give up.
import type { GoogleState } from './useGoogleStatus';
import { useLocale } from '../i18n/LocaleProvider';
import { problemWords } from './problem-words';

// What Google's own page shows (its words, not ours), and the guide entry that explains it.
const ON_GOOGLES_PAGE = [
  { shows: 'Error 400: redirect_uri_mismatch', code: 'redirect_uri_mismatch' },
  { shows: 'Error 403: access_denied', code: 'access_denied' },
];

export function SignInPanel({ google }: { google: GoogleState }) {
  const locale = useLocale();
  const { t } = locale;
  const { status } = google;
  if (status?.state !== 'signing-in') return null;
  return (
    <section className="banner sign-in-panel" aria-label={t('signIn.name')}>
      <div>
        <p>
          <strong>{t('signIn.finish')}</strong> {t('signIn.finish.detail')}
        </p>
        {status.authUrl && (
          <p className="hint">
            {t('signIn.noTab')}
            <input
              readOnly
              aria-label={t('signIn.address')}
              value={status.authUrl}
              onFocus={(e) => e.target.select()}
              className="address"
              style={{ marginInlineStart: '0.4em' }}
            />
          </p>
        )}
        <details>
          <summary>{t('signIn.googleError')}</summary>
          <dl>
            {ON_GOOGLES_PAGE.map(({ shows, code }) => (
              <div key={shows}>
                <dt>{t('signIn.shows', { shows })}</dt>
                <dd>{problemWords({ code, title: '', fix: '' }, locale).fix}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <button type="button" className="button" onClick={() => void google.cancel()}>
        {t('signIn.cancel')}
      </button>
    </section>
  );
}
