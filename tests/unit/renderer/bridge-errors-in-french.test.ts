// A refusal from main the person reads is worded by its code in the reader's language; one
// carrying Google's own words keeps them.
import { afterEach, expect, it } from 'vitest';
import { conventionsFor } from '../../../src-preload/locale';
import { localeFor, setActiveLocale } from '../../../src-renderer/i18n/active-locale';
import { bridgeErrorText } from '../../../src-renderer/i18n/bridge-error-words';

const locale = (language: string) =>
  localeFor(conventionsFor({ language, timeFormat: 'region', weekStartsOn: 'region' }, []));

afterEach(() => setActiveLocale(locale('en-GB')));

it('words the refusals people meet in French, and keeps Google’s words', () => {
  setActiveLocale(locale('fr-FR'));
  expect(
    bridgeErrorText({ code: 'reset-refused', message: 'Another Reset Account is under way' }),
  ).toBe('Une autre réinitialisation de compte est en cours ; réessayez quand elle sera terminée.');
  expect(
    bridgeErrorText({ code: 'resetting', message: 'Waiting for Reset Account to finish.' }),
  ).toBe('En attente de la fin de la réinitialisation du compte.');
  expect(bridgeErrorText({ code: 'signed-out', message: 'Google asks you…' })).toBe(
    'Google demande de vous reconnecter (Préférences).',
  );
  expect(bridgeErrorText({ code: 'no-key', message: 'This page was not opened…' })).toMatch(
    /^Cette page n’a pas été ouverte depuis l’adresse affichée par `npm run web`/,
  );
  expect(bridgeErrorText({ code: 'google-refused', message: 'Google did not take it: x' })).toBe(
    'Google did not take it: x',
  );
});

it('words main’s sentences in French, with a server’s and Google’s own words kept inside', async () => {
  const { feedUrl } = await import('../../../src-main/subscriptions/feed-fetch');
  const { dispatch } = await import('../../../src-main/ipc/dispatch');
  const { planCalendarUpdate } = await import('../../../src-main/sync/calendar-write-plan');
  const { refusalSentence } = await import('../../../src-preload/bridge-words');
  // A refusal as it crosses the bridge: through dispatch, which turns it into data.
  const refusal = async (run: () => unknown) => {
    const handlers = { 'subscriptions:fetch': run } as never;
    const result = await dispatch(handlers, 'subscriptions:fetch', { url: 'https://x.example' });
    if (result.ok) throw new Error('not refused');
    return result.error;
  };
  const http = await refusal(() => feedUrl('http://example.org/cal.ics', {}));
  expect(http.message).toMatch(/^Only https:\/\/ and webcal:\/\//);
  setActiveLocale(locale('fr-FR'));
  expect(bridgeErrorText(http)).toBe(
    'Seuls les agendas en https:// et webcal:// peuvent être suivis (un flux non chiffré pourrait être modifié en chemin).',
  );
  expect(bridgeErrorText(await refusal(() => feedUrl('not a url', {})))).toBe(
    'Ce n’est pas une adresse web (https:// ou webcal://).',
  );
  expect(bridgeErrorText(await refusal(() => feedUrl('https://me:pw@example.org/', {})))).toBe(
    'Ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse.',
  );
  const { UserFacingError } = await import('../../../src-main/ipc/dispatch');
  const answered = refusalSentence('feedAnswered', {
    host: 'example.org',
    status: '404 Not Found',
  });
  expect(
    bridgeErrorText(
      await refusal(() => Promise.reject(new UserFacingError('feed-refused', answered))),
    ),
  ).toBe('example.org a répondu 404 Not Found.');
  const google = refusalSentence('googleRefused', { reason: 'Invalid resource id value.' });
  expect(google.text).toBe('Google did not take the change: Invalid resource id value.');
  expect(
    bridgeErrorText(
      await refusal(() => Promise.reject(new UserFacingError('google-refused', google))),
    ),
  ).toBe('Google n’a pas accepté la modification : Invalid resource id value.');

  const plan = planCalendarUpdate(
    {
      id: 'c',
      summary: 'Équipe',
      color: '#3f51b5',
      accessRole: 'writer',
      timeZone: 'Europe/Paris',
    } as never,
    { summary: 'Équipe', color: '#3f51b5', timeZone: 'Asia/Tokyo', defaultReminders: [] },
  );
  if (plan.ok) throw new Error('not refused');
  expect(
    bridgeErrorText(
      await refusal(() => Promise.reject(new UserFacingError('calendar-refused', plan.why))),
    ),
  ).toBe('Seul le propriétaire de « Équipe » peut changer son fuseau horaire.');
});

it('words in French the calendar details main refuses after a window skipped its own check', async () => {
  const { createGoogleCalendar, CalendarChangeRefused } =
    await import('../../../src-main/sync/google-calendar-writes');
  const { dispatch, UserFacingError } = await import('../../../src-main/ipc/dispatch');
  // Refused before Google or the store is asked anything, and sent as services.ts sends it.
  const refusal = async (details: { summary: string; color: string; timeZone: string }) => {
    const refused = await createGoogleCalendar({} as never, {} as never, 'ana@example.org', {
      ...details,
      defaultReminders: [],
    }).catch((error: unknown) => error);
    if (!(refused instanceof CalendarChangeRefused)) throw new Error('not refused');
    const handlers = {
      'subscriptions:fetch': () =>
        Promise.reject(new UserFacingError('calendar-refused', refused.why)),
    } as never;
    const result = await dispatch(handlers, 'subscriptions:fetch', { url: 'https://x.example' });
    if (result.ok) throw new Error('not refused');
    return result.error;
  };
  const all = await refusal({ summary: ' ', color: 'blue', timeZone: 'Mars/Base' });
  expect(all.message).toBe(
    'Give the calendar a name. Pick a colour like #4986e7. “Mars/Base” is not a time zone; pick one from the list.',
  );
  const zone = await refusal({ summary: 'Équipe', color: '#3f51b5', timeZone: 'Mars/Base' });
  setActiveLocale(locale('fr-FR'));
  expect(bridgeErrorText(all)).toBe('Donnez un nom à l’agenda.');
  expect(bridgeErrorText(zone)).toBe(
    '« Mars/Base » n’est pas un fuseau horaire ; choisissez-en un dans la liste.',
  );
});

it('words a malformed request and a link the browser could not open in French', async () => {
  const { dispatch, UserFacingError } = await import('../../../src-main/ipc/dispatch');
  const { refusalSentence } = await import('../../../src-preload/bridge-words');
  const unknown = await dispatch({} as never, 'no:such', {});
  const invalid = await dispatch({} as never, 'subscriptions:fetch', { url: 42 });
  const openFailed = await dispatch(
    {
      'subscriptions:fetch': () =>
        Promise.reject(
          new UserFacingError(
            'open-failed',
            refusalSentence('openFailed', { url: 'https://meet.example/abc' }),
          ),
        ),
    } as never,
    'subscriptions:fetch',
    { url: 'https://x.example' },
  );
  if (unknown.ok || invalid.ok || openFailed.ok) throw new Error('not refused');
  expect(unknown.error.message).toBe('Almanac has no request named no:such.');
  expect(invalid.error.code).toBe('invalid-payload');
  const issue = String(invalid.error.words?.values.issue);
  expect(invalid.error.message).toBe(
    `Almanac cannot take this subscriptions:fetch request (url: ${issue}).`,
  );
  expect(openFailed.error.message).toBe(
    'Could not open https://meet.example/abc in your browser. Copy the address instead.',
  );
  setActiveLocale(locale('fr-FR'));
  expect(bridgeErrorText(unknown.error)).toBe('Almanac n’a pas de requête nommée no:such.');
  // The schema's own words stay as written, inside the sentence.
  expect(bridgeErrorText(invalid.error)).toBe(
    `Almanac ne peut pas accepter cette requête subscriptions:fetch (url : ${issue}).`,
  );
  expect(bridgeErrorText(openFailed.error)).toBe(
    'Impossible d’ouvrir https://meet.example/abc dans votre navigateur. Copiez plutôt l’adresse.',
  );
  expect(
    bridgeErrorText({
      code: 'invalid-message',
      message: 'Almanac cannot read this request.',
      words: { id: 'unreadableMessage', values: {} },
    }),
  ).toBe('Almanac ne sait pas lire cette requête.');
});
