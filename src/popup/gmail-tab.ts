import type { Tabs } from 'webextension-polyfill';
import { isGmailUrl } from '../shared/gmail-url';

export interface ChooseTabOptions {
  /** From the popup's `?tab=<id>` (when opened as a page, e.g. in tests). */
  requestedTabId?: number;
  /** The active tab of the popup's window: the Gmail tab when opened from the toolbar. */
  activeTab?: Tabs.Tab;
}

/**
 * Which Gmail tab the popup talks to: the requested one, else the active tab when it is Gmail,
 * else the Gmail tab used most recently. Undefined when no Gmail tab is open.
 */
export function chooseGmailTab(gmailTabs: readonly Tabs.Tab[], options: ChooseTabOptions = {}): Tabs.Tab | undefined {
  const candidates = gmailTabs.filter((tab) => tab.id !== undefined && isGmailUrl(tab.url));
  if (options.requestedTabId !== undefined) {
    const requested = candidates.find((tab) => tab.id === options.requestedTabId);
    if (requested) return requested;
  }
  const active = options.activeTab;
  if (active?.id !== undefined && isGmailUrl(active.url)) {
    return candidates.find((tab) => tab.id === active.id) ?? active;
  }
  let best: Tabs.Tab | undefined;
  for (const tab of candidates) {
    if (!best || (tab.lastAccessed ?? 0) > (best.lastAccessed ?? 0)) best = tab;
  }
  return best;
}

/** The `?tab=<id>` of a popup URL, when it is a whole number. */
export function requestedTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

/** Whether the popup was opened for text selected in Gmail (`?source=selection`, by the context menu). */
export function isSelectionSource(search: string): boolean {
  return new URLSearchParams(search).get('source') === 'selection';
}
