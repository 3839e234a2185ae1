/**
 * "Analyse with Kalm" on text selected in Gmail: the fallback when Gmail's page has changed and
 * the reader cannot find the message. The selection is handed to the popup through session
 * storage (`pendingSelection`, read and removed by the popup), and the popup opens in a small
 * window with `?source=selection` (and the Gmail tab, so Insert can reach it).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { GMAIL_MATCH_PATTERN, isGmailUrl } from '../shared/gmail-url';
import { t } from '../shared/i18n';
import { openPopupWindow, popupPageUrl } from './popup-window';

export const MENU_ID = 'kalm-analyse-selection';
export const PENDING_SELECTION_KEY = 'pendingSelection';

/** Longer selections are cut: the classifier reads 100 KB at most, and session storage is small. */
export const MAX_SELECTION_CHARS = 100_000;

export interface PendingSelection {
  text: string;
  /** When it was selected (ms since the epoch), so the popup can ignore a stale one. */
  at: number;
}

/** Register the menu item (again): on install and update, and when the browser starts. */
export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      {
        id: MENU_ID,
        title: t('menu_analyseSelection'),
        contexts: ['selection'],
        documentUrlPatterns: [GMAIL_MATCH_PATTERN],
      },
      () => {
        // Reading lastError marks it handled: a duplicate id (two registrations racing) is harmless.
        void (globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime?.lastError;
        resolve();
      },
    );
  });
}

/** Session storage when there is one (Chrome 102+, Firefox 115+), else local storage. */
function pendingArea() {
  return browser.storage.session ?? browser.storage.local;
}

export async function storePendingSelection(selection: PendingSelection): Promise<void> {
  try {
    await pendingArea().set({ [PENDING_SELECTION_KEY]: selection });
  } catch {
    await browser.storage.local.set({ [PENDING_SELECTION_KEY]: selection });
  }
}

/** The popup's address for a selection, with the Gmail tab it came from. */
export function selectionPopupUrl(tabId: number | undefined): string {
  return popupPageUrl({ source: 'selection', tab: tabId });
}

export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined, now: () => number = Date.now): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  // The menu only shows on Gmail; check again, since the click data comes from the page's frame.
  if (!isGmailUrl(info.pageUrl ?? tab?.url)) return;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION_CHARS);
  if (!text) return;
  await storePendingSelection({ text, at: now() });
  await openPopupWindow(selectionPopupUrl(tab?.id));
}
