// The pages Almanac's own sign-in listener shows in the person's browser when Google sends them
// back (src-main/auth/loopback-server.ts). Main writes them itself, like the desktop's words,
// in the language the settings resolve to; the browser's own languages stand in for the
// system's where the shell cannot name them (the browser shell), since it is the same person's
// browser.
import { wordsInLanguage } from './desktop-words';
import type { Settings } from './settings';

export interface PageText {
  title: string;
  text: string;
}

export interface SignInPageWords {
  /** The page's `lang`. */
  lang: string;
  connected: PageText;
  denied: PageText;
  alreadyFinished: PageText;
  wrongMethod: PageText;
  wrongHost: PageText;
  notAnAddress: PageText;
  notFound: PageText;
  otherAttempt: PageText;
}

export const ENGLISH_PAGES: SignInPageWords = {
  lang: 'en',
  connected: {
    title: 'You can close this tab',
    text: 'Almanac is now connected to your Google account. Go back to Almanac.',
  },
  denied: {
    title: 'Sign-in did not finish',
    text: 'Google did not grant access. Go back to Almanac to see why and what to do.',
  },
  alreadyFinished: {
    title: 'Already signed in',
    text: 'This sign-in has already finished. You can close this tab.',
  },
  wrongMethod: { title: 'Not allowed', text: 'This address only takes Google’s sign-in answer.' },
  wrongHost: { title: 'Wrong address', text: 'This sign-in only answers on 127.0.0.1.' },
  notAnAddress: { title: 'Not an address', text: 'This is not Almanac’s sign-in address.' },
  notFound: { title: 'Not found', text: 'This is not Almanac’s sign-in address.' },
  otherAttempt: {
    title: 'Sign-in link does not match',
    text: 'This answer belongs to another sign-in attempt. Start again from Almanac.',
  },
};

const FRENCH_PAGES: SignInPageWords = {
  lang: 'fr',
  connected: {
    title: 'Vous pouvez fermer cet onglet',
    text: 'Almanac est maintenant connecté à votre compte Google. Revenez dans Almanac.',
  },
  denied: {
    title: 'La connexion n’a pas abouti',
    text: 'Google n’a pas accordé l’accès. Revenez dans Almanac pour savoir pourquoi et que faire.',
  },
  alreadyFinished: {
    title: 'Déjà connecté',
    text: 'Cette connexion est déjà terminée. Vous pouvez fermer cet onglet.',
  },
  wrongMethod: {
    title: 'Non autorisé',
    text: 'Cette adresse ne reçoit que la réponse de connexion de Google.',
  },
  wrongHost: {
    title: 'Mauvaise adresse',
    text: 'Cette connexion ne répond que sur 127.0.0.1.',
  },
  notAnAddress: {
    title: 'Adresse illisible',
    text: 'Ce n’est pas l’adresse de connexion d’Almanac.',
  },
  notFound: { title: 'Introuvable', text: 'Ce n’est pas l’adresse de connexion d’Almanac.' },
  otherAttempt: {
    title: 'Le lien de connexion ne correspond pas',
    text: 'Cette réponse appartient à une autre tentative de connexion. Recommencez depuis Almanac.',
  },
};

/**
 * The sign-in pages' words: Preferences' language first, then the system's languages, then
 * the languages the browser that came back asks for (its `Accept-Language`).
 */
export function signInPageWords(
  settings: Pick<Settings, 'language' | 'timeFormat' | 'weekStartsOn'>,
  systemLanguages: readonly string[],
  browserLanguages: readonly string[],
): SignInPageWords {
  const languages = systemLanguages.length > 0 ? systemLanguages : browserLanguages;
  return wordsInLanguage({ en: ENGLISH_PAGES, fr: FRENCH_PAGES }, settings, languages);
}

/** The language tags of an `Accept-Language` header, most wanted first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag)
    .slice(0, 20);
}
