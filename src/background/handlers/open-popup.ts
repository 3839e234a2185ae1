import browser, { type Runtime } from 'webextension-polyfill';
import type { OpenPopupResult } from '../../shared/messages';
import { openPopupWindow, popupPageUrl } from '../popup-window';

/**
 * The banner's "See calm replies": open Kalm's popup for the Gmail tab that asked.
 *
 * 1. The toolbar popup itself, `action.openPopup()`: Chrome 127+ allows it without a user gesture
 *    (the click happened in the page, which does not count as one), but only into a focused
 *    window, so it is asked for the sender's window and rejects when that is not in front.
 *    Firefox before 149 rejects it outside a user action of its own UI (a click in a web page is
 *    not one). The popup then finds the Gmail tab as its window's active tab.
 * 2. Else the popup page in a small window of its own, given the tab (`?tab=<id>`).
 * `{ ok: false }` when neither works: the banner then says where to click.
 */
export async function openPopup(_request: void, sender: Runtime.MessageSender): Promise<OpenPopupResult> {
  const tab = sender.tab;
  if (tab?.id === undefined) return { ok: false };
  const action = browser.action as { openPopup?: (options?: { windowId?: number }) => Promise<void> };
  if (typeof action.openPopup === 'function') {
    try {
      await action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
      return { ok: true, how: 'action' };
    } catch {
      // not allowed here, or no focused window: the window below
    }
  }
  try {
    await openPopupWindow(popupPageUrl({ tab: tab.id }));
    return { ok: true, how: 'window' };
  } catch {
    return { ok: false };
  }
}
