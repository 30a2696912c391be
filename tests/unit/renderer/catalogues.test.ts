// The message catalogues: every language has exactly English's keys, each message parses as
// ICU and takes the same arguments (of the same kinds) as English's, so a translation can
// neither lose a number nor ask for one nobody passes. And the French Reset Account wording
// is the one French users of such a dialog know.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, catalogueLanguage } from '../../../src-renderer/i18n/catalogues';
import en from '../../../src-renderer/i18n/messages/en';
import fr from '../../../src-renderer/i18n/messages/fr';

type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};

/** "name:kind" of every argument a message uses, plural and select branches included. */
function argumentsOf(message: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (ICU parser's types).
      if (element.type >= 1 && element.type <= 6)
        found.add(`${String(element.value)}:${element.type}`);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as Element[]);
  return [...found].sort();
}

describe('the message catalogues', () => {
  it('are found by file name, English and French among them', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(CATALOGUES.fr).toBe(fr);
  });

  it.each(Object.keys(CATALOGUES))('%s has every English key and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]!).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(CATALOGUES))(
    '%s: every message parses and takes the same arguments as English',
    (language) => {
      const catalogue = CATALOGUES[language]!;
      for (const [id, english] of Object.entries(en)) {
        const translated = catalogue[id as keyof typeof en];
        expect(argumentsOf(translated, language), id).toEqual(argumentsOf(english, 'en'));
      }
    },
  );

  it('says the Reset Account choices in the words French users know', () => {
    expect([
      fr['reset.existing.keep'],
      fr['reset.existing.deleteGoogle'],
      fr['reset.existing.deleteLocal'],
      fr['reset.existing.deleteBoth'],
      fr['reset.next.new'],
      fr['reset.next.all'],
    ]).toEqual([
      'Laisser intact',
      'Supprimer du compte Google Agenda actuel',
      'Supprimer de cet ordinateur',
      'Supprimer des deux',
      'Synchroniser uniquement les nouveaux événements',
      'Synchroniser tous les événements existants',
    ]);
  });

  it('counts changes waiting in each language’s plural forms', () => {
    const say = (language: 'en' | 'fr', count: number) =>
      new IntlMessageFormat(CATALOGUES[language]!['sync.waiting'], language).format({ count });
    expect([say('en', 1), say('en', 3)]).toEqual(['1 change waiting', '3 changes waiting']);
    expect([say('fr', 1), say('fr', 3)]).toEqual([
      '1 modification en attente',
      '3 modifications en attente',
    ]);
  });

  it('falls back to English words for a language without a catalogue', () => {
    expect(catalogueLanguage('fr-CA')).toBe('fr');
    expect(catalogueLanguage('de-DE')).toBe('en');
    expect(catalogueLanguage('en-GB')).toBe('en');
  });
});
