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
  expect(bridgeErrorText({ code: 'google-refused', message: 'Google did not take it: x' })).toBe(
    'Google did not take it: x',
  );
});
