// The choices of Preferences → General → "Language and region": a language with its region,
// so dates follow the region (en-GB writes 30/11/2026, en-US 11/30/2026) and words follow
// the language when it has a catalogue (English otherwise). Each is named in its own
// language, as people look for their own.
import { CATALOGUES } from './catalogues';

// Common regions of the languages with catalogues, and a few others whose dates differ.
const REGIONS: Record<string, string[]> = {
  en: ['US', 'GB', 'AU', 'CA', 'IE', 'IN', 'NZ', 'ZA'],
  fr: ['FR', 'BE', 'CA', 'CH', 'LU'],
};
const OTHERS = [
  'de-DE',
  'de-AT',
  'de-CH',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'pl-PL',
  'ja-JP',
  'zh-CN',
  'ko-KR',
  'ar-EG',
  'he-IL',
];

/** The language tags offered, the current choice included (a hand-edited one too). */
export function languageChoices(current?: string): string[] {
  const withCatalogue = Object.keys(CATALOGUES).flatMap((language) =>
    (REGIONS[language] ?? ['']).map((region) => (region ? `${language}-${region}` : language)),
  );
  const all = [...new Set([...(current ? [current] : []), ...withCatalogue, ...OTHERS])];
  return all.sort((a, b) => languageName(a, a).localeCompare(languageName(b, b)));
}

/** "français (France)", "English (United States)": a tag's name in the language `in`. */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
