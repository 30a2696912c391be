// Links the window hands to the person's browser (a Meet link, a link in a description). Main
// opens them; when it cannot (no browser, a refused address) the caller shows the worded reason
// where the person clicked, since a click that does nothing reads as a broken button.
import { getApi } from './bridge';
import { bridgeErrorText } from './i18n/bridge-error-words';

/** Opens `url` in the browser; resolves with why it could not, worded, or null once opened. */
export async function openInBrowser(url: string): Promise<string | null> {
  const result = await getApi().openExternal(url);
  return result.ok ? null : bridgeErrorText(result.error);
}
