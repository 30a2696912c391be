// Shown while the person signs in in their browser. Some failures happen on Google's own
// page and never come back to Almanac (a client of the wrong type, an account that is not a
// test user), so the panel says what those pages mean and how to fix them, offers the
// address to copy in case no tab opened, and lets the person give up.
import { GUIDE } from '../../src-preload/google-problems';
import type { GoogleState } from './useGoogleStatus';

const ON_GOOGLES_PAGE = [
  { shows: 'Error 400: redirect_uri_mismatch', entry: GUIDE.redirect_uri_mismatch },
  { shows: 'Error 403: access_denied', entry: GUIDE.access_denied },
];

export function SignInPanel({ google }: { google: GoogleState }) {
  const { status } = google;
  if (status?.state !== 'signing-in') return null;
  return (
    <section className="banner sign-in-panel" aria-label="Signing in to Google">
      <div>
        <p>
          <strong>Finish signing in in your browser.</strong> Choose your Google account and allow
          Almanac to use your calendars.
        </p>
        {status.authUrl && (
          <p className="hint">
            No browser tab opened?{' '}
            <input
              readOnly
              aria-label="Sign-in address"
              value={status.authUrl}
              onFocus={(e) => e.target.select()}
              className="address"
            />
          </p>
        )}
        <details>
          <summary>Google shows an error?</summary>
          <dl>
            {ON_GOOGLES_PAGE.map(({ shows, entry }) => (
              <div key={shows}>
                <dt>“{shows}”</dt>
                <dd>{entry?.fix}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <button type="button" className="button" onClick={() => void google.cancel()}>
        Cancel sign-in
      </button>
    </section>
  );
}
