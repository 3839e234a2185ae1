/**
 * The badge belongs to the page that set it: when a tab loads a new document (a reload, another
 * site, another Gmail account), its badge is cleared; the new page's content script sets it again
 * once it has read the open email. Gmail's own navigation between threads changes only the URL's
 * hash (Chrome reports it as a "loading" update too): there the content script stays and updates
 * the count itself, so the badge is left alone — clearing it would race the content script.
 */
import browser, { type Tabs } from 'webextension-polyfill';

/** The URL without its hash: the same value means the same document. */
export function documentOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Whether a `tabs.onUpdated` change means a new document in the tab, given the tab's previous
 * document (undefined when unknown, e.g. after the background restarted).
 */
export function isNewDocument(change: Tabs.OnUpdatedChangeInfoType, previous: string | undefined): boolean {
  if (change.status !== 'loading') return false;
  // A reload or a first load: Chrome and Firefox report "loading" without a URL.
  if (change.url === undefined) return true;
  return previous !== undefined && documentOf(change.url) !== previous;
}

export function clearBadgeOnNewDocument(): void {
  const documents = new Map<number, string>();
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const previous = documents.get(tabId);
    const url = change.url ?? tab?.url;
    if (url) documents.set(tabId, documentOf(url));
    if (isNewDocument(change, previous)) {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => {
        // The tab closed meanwhile.
      });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void documents.delete(tabId));
}
