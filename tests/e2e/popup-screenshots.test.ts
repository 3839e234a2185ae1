/**
 * The README's screenshots, taken on the modelled Gmail fixtures by the same E2E harness. By
 * default they go to test-results/screenshots/ (every run checks the pages still render);
 * `KALM_SCREENSHOTS=docs npm run test:e2e -- popup-screenshots` writes them into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { RESULTS, ROOT, popupState, text, useKalm } from './harness';

const OUT = process.env.KALM_SCREENSHOTS === 'docs' ? join(ROOT, 'docs/screenshots') : join(RESULTS, 'screenshots');

// The shots build on each other's pages and share these settings.
const kalm = useKalm('screenshots', {
  isolate: false,
  setup: async (k) => {
    mkdirSync(OUT, { recursive: true });
    await k.inWorker(
      `chrome.storage.sync.set({ settings: { version: 1, name: 'Sam de Vries', businessName: 'Studio Sam', hourlyRate: 85, depositPercent: 30, paymentTermDays: 14, businessHours: { start: '09:00', end: '17:00' }, businessDays: ['mon', 'tue', 'wed', 'thu', 'fri'] } })`,
    );
  },
});

async function openThread(name: string): Promise<{ gmail: Page; tabId: number }> {
  const opened = await kalm.openThread(name);
  await opened.gmail.setViewportSize({ width: 1100, height: 720 });
  return opened;
}

async function popupFor(tabId?: number, dark = false): Promise<Page> {
  const popup = await kalm.openPopup(tabId);
  // Tall enough for the whole popup, so its sticky Insert/Copy bar sits where it ends (a real
  // toolbar popup is at most 600 px high and scrolls).
  await popup.setViewportSize({ width: 400, height: 1600 });
  if (dark) await popup.emulateMedia({ colorScheme: 'dark' });
  return popup;
}

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
/** The popup as the user sees it: its `main`, not the blank below. */
const shotPopup = (popup: Page, name: string) => popup.locator('main').screenshot({ path: join(OUT, `${name}.png`) });

/** A screenshot of the page from the top of `from` to the bottom of `to`, with a margin. */
async function shotBetween(page: Page, name: string, from: string, to: string): Promise<void> {
  const top = await page.locator(from).first().boundingBox();
  const bottom = await page.locator(to).last().boundingBox();
  if (!top || !bottom) throw new Error(`${from} or ${to} is not visible`);
  const y = Math.max(0, top.y - 16);
  await page.screenshot({ path: join(OUT, `${name}.png`), clip: { x: 0, y, width: 1100, height: bottom.y + bottom.height + 16 - y } });
}

describe('screenshots for the README', () => {
  test('banner in Gmail', async () => {
    const { gmail } = await openThread('thread-demanding-en');
    await gmail.locator('[data-testid="kalm-banner"]').waitFor({ timeout: 10_000 });
    await gmail.setViewportSize({ width: 1100, height: 1000 });
    await gmail.waitForTimeout(300); // let the highlights paint
    await shotBetween(gmail, 'banner', 'h2.hP', '.h7 .a3s');
  });

  test('popup with flags and replies, after Insert', async () => {
    const { gmail, tabId } = await openThread('thread-draft-reply');
    await gmail.locator('[data-testid="kalm-banner"]').waitFor({ timeout: 10_000 });

    const popup = await popupFor(tabId);
    await popup.getByTestId('reply-text').waitFor();
    await shotPopup(popup, 'popup');
    await popup.getByTestId('tone-firm').click();
    await popup.getByTestId('insert').click();
    await expect.poll(() => text(popup, 'insert-status'), { timeout: 10_000 }).toBe('Inserted — review before sending');
    await shotPopup(popup, 'popup-inserted');
    await gmail.bringToFront();
    await gmail.setViewportSize({ width: 1100, height: 1400 });
    await shotBetween(gmail, 'inserted-reply', '.h7 .a3s', '.M9');
  });

  test('Dutch thread, in dark mode', async () => {
    const { tabId } = await openThread('thread-demanding-nl');
    const popup = await popupFor(tabId, true);
    await popup.getByTestId('reply-text').waitFor();
    await shotPopup(popup, 'popup-dutch-dark');
  });

  test('an ordinary email, and no email open (paste box)', async () => {
    const { tabId } = await openThread('thread-ordinary');
    let popup = await popupFor(tabId);
    await popup.getByTestId('no-flags').waitFor();
    await shotPopup(popup, 'popup-ordinary');
    for (const page of kalm.context.pages()) await page.close();
    popup = await popupFor();
    await popupState(popup, 'no-gmail-tab');
    await popup.getByTestId('paste-text').fill('Why have you not answered? I called you five times today. I need an update every hour.');
    await popup.getByTestId('analyse').click();
    await popup.getByTestId('flag').first().waitFor();
    await shotPopup(popup, 'popup-paste');
  });

  test('settings page with the live preview, and an error', async () => {
    const page = await kalm.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${kalm.extensionId}/src/options/index.html`);
    await page.getByTestId('settings-form').waitFor();
    await shot(page, 'options', false);
    await page.getByTestId('field-paymentTermDays').fill('two weeks');
    await page.getByTestId('field-revisionRounds').click();
    await page.getByTestId('error-paymentTermDays').scrollIntoViewIfNeeded();
    await shot(page, 'options-error', false);
    expect(kalm.foreignRequests()).toEqual([]);
    expect(kalm.pageErrors).toEqual([]);
  });
});
