/**
 * "Analyse with Kalm" on selected text, in a real Chromium. A headless browser shows no native
 * context menu to click, so the click is delivered through the menu's own `onClicked` event in
 * the service worker (`dispatch`), with the data Chrome gives for a selection in a Gmail tab; what
 * follows is real: the selection handed over in session storage, the popup window opening with
 * `?source=selection`, and the popup analysing the selected text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, useKalm } from './harness';

const kalm = useKalm('context-menu');

const MENU_ID = 'kalm-analyse-selection';

/** Whether the menu item is registered (updating an unknown id fails). */
const menuExists = (id: string) =>
  kalm.serviceWorker.evaluate(`chrome.contextMenus.update(${JSON.stringify(id)}, {}).then(() => true, () => false)`) as Promise<boolean>;

/** Click the menu item as Chrome reports it: the selection, the page, the tab. */
function clickMenu(info: Record<string, unknown>, tab: { id: number; url: string }): Promise<unknown> {
  return kalm.serviceWorker.evaluate(
    `chrome.contextMenus.onClicked.dispatch(${JSON.stringify({ menuItemId: MENU_ID, editable: false, ...info })}, ${JSON.stringify(tab)})`,
  );
}

async function gmailWithSelection(): Promise<{ gmail: Page; tabId: number; selected: string }> {
  const fixture = caseNamed('thread-no-message');
  const gmail = await kalm.openGmail(fixture.name, fixture.url);
  const tabId = await kalm.tabIdOf(gmail);
  // Gmail's page changed so that Kalm finds no message: the user selects the text instead.
  const selected = "Can you do it for less? While you're at it, add two extra pages at no cost. I need it by tomorrow, ASAP.";
  return { gmail, tabId, selected };
}

describe('"Analyse with Kalm" on selected text', () => {
  test('is registered for selections', async () => {
    await expect.poll(() => menuExists(MENU_ID), { timeout: 10_000 }).toBe(true);
    expect(await menuExists('no-such-item')).toBe(false);
  });

  test('opens Kalm in a small window that analyses the selection', async () => {
    const { gmail, tabId, selected } = await gmailWithSelection();
    await expect.poll(() => menuExists(MENU_ID), { timeout: 10_000 }).toBe(true);
    const opened = kalm.context.waitForEvent('page', { timeout: 10_000 });
    await clickMenu({ selectionText: selected, pageUrl: gmail.url(), frameId: 0 }, { id: tabId, url: gmail.url() });
    const popup = await opened;
    await popup.waitForLoadState();
    const url = new URL(popup.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.pathname).toBe('/src/popup/index.html');
    expect(url.searchParams.get('source')).toBe('selection');
    expect(url.searchParams.get('tab')).toBe(String(tabId));

    // A popup window, not a tab in the user's window. (Headless Chromium gives every window the
    // screen's size; the small size asked for is checked in tests/unit/background/context-menu.test.ts.)
    const windowType = await kalm.serviceWorker.evaluate(
      `chrome.tabs.query({}).then(async (tabs) => { const t = tabs.find((x) => x.url && x.url.includes('source=selection')); return (await chrome.windows.get(t.windowId)).type; })`,
    );
    expect(windowType).toBe('popup');

    // The popup reads the selection and shows its flags.
    await expect
      .poll(() => popup.getByTestId('flag').evaluateAll((els) => els.map((el) => el.getAttribute('data-flag'))), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['discount_pressure', 'free_extras']));
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('hands the selection over in session storage', async () => {
    const { gmail, tabId, selected } = await gmailWithSelection();
    await expect.poll(() => menuExists(MENU_ID), { timeout: 10_000 }).toBe(true);
    // Record every write to storage (the popup removes the selection as soon as it has read it).
    await kalm.serviceWorker.evaluate(`(() => {
      globalThis.__writes = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        if (changes.pendingSelection && changes.pendingSelection.newValue) globalThis.__writes.push({ area, value: changes.pendingSelection.newValue });
      });
    })()`);
    const before = Date.now();
    await clickMenu({ selectionText: `  ${selected}  `, pageUrl: gmail.url(), frameId: 0 }, { id: tabId, url: gmail.url() });
    await expect.poll(() => kalm.serviceWorker.evaluate('globalThis.__writes.length'), { timeout: 5_000 }).toBe(1);
    const [write] = (await kalm.serviceWorker.evaluate('globalThis.__writes')) as { area: string; value: { text: string; at: number } }[];
    // In session storage (gone when the browser closes), trimmed, with the time it was handed over.
    expect(write!.area).toBe('session');
    expect(write!.value.text).toBe(selected);
    expect(write!.value.at).toBeGreaterThanOrEqual(before - 1000);
    expect(write!.value.at).toBeLessThanOrEqual(Date.now() + 1000);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('does nothing outside Gmail or for an empty selection', async () => {
    await expect.poll(() => menuExists(MENU_ID), { timeout: 10_000 }).toBe(true);
    const pagesBefore = kalm.context.pages().length;
    await clickMenu({ selectionText: 'I want a full refund', pageUrl: 'https://example.com/', frameId: 0 }, { id: 1, url: 'https://example.com/' });
    await clickMenu({ selectionText: '   ', pageUrl: 'https://mail.google.com/mail/u/0/#inbox', frameId: 0 }, { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox' });
    await new Promise((r) => setTimeout(r, 500));
    expect(kalm.context.pages().length).toBe(pagesBefore);
    expect(await kalm.serviceWorker.evaluate(`chrome.storage.session.get('pendingSelection')`)).toEqual({});
  });
});
