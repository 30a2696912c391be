// Light or dark: the user's choice in Preferences, or the operating system's while it is
// "system" (followed live). The resolved theme is one data attribute the stylesheet keys on,
// so the dark palette is written once.
import type { Settings } from '../src-preload/settings';

/** Applies the theme; returns a function that stops following the OS. */
export function applyTheme(theme: Settings['theme']): () => void {
  const root = document.documentElement;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return () => undefined;
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
