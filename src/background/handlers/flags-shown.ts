import browser, { type Runtime } from 'webextension-polyfill';

/** Calm slate blue: the badge counts things to handle with care, it is not an alarm. */
export const BADGE_COLOR = '#3d5a80';
export const BADGE_TEXT_COLOR = '#ffffff';

/** The badge text for a number of flags: empty (no badge) for none or nonsense. */
export function badgeText(count: unknown): string {
  if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * A Gmail tab's content script counted the flags of the open email: show the number on Kalm's
 * toolbar button in that tab only (other tabs keep theirs). The tooltip stays emailRead's
 * ("Kalm: email from …").
 */
export async function flagsShown(request: { count: number }, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const text = badgeText(request?.count);
  await browser.action.setBadgeText({ tabId, text });
  if (text === '') return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  try {
    // Not in every browser version (Chrome 110+); the browser's default text colour is readable too.
    await browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR });
  } catch {
    // keep the default
  }
}
