/**
 * Kalm's popup page opened in a small window of its own: for "Analyse with Kalm" (the context
 * menu) and for the banner's "See calm replies" when the browser cannot open the toolbar popup.
 * The page gets the Gmail tab as `?tab=<id>`, since its own active tab is not Gmail.
 */
import browser from 'webextension-polyfill';

export const POPUP_PATH = 'src/popup/index.html';

/** The popup's address with these query parameters (a tab id only when it is a real one). */
export function popupPageUrl(params: { tab?: number; source?: 'selection' }): string {
  const query = new URLSearchParams();
  if (params.source) query.set('source', params.source);
  if (params.tab !== undefined && Number.isInteger(params.tab) && params.tab >= 0) query.set('tab', String(params.tab));
  const search = query.toString();
  return browser.runtime.getURL(search ? `${POPUP_PATH}?${search}` : POPUP_PATH);
}

/** A popup-type window, about the size of the toolbar popup. Needs no permission. */
export async function openPopupWindow(url: string): Promise<void> {
  await browser.windows.create({ url, type: 'popup', width: 440, height: 640, focused: true });
}
