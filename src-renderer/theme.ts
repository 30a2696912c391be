// Light and dark follow the operating system (prefers-color-scheme in app.css) unless the
// user picked one in Preferences; the choice is a data attribute the stylesheet keys on.
import type { Settings } from '../src-preload/contract';

export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
