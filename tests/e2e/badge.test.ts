/**
 * The toolbar badge in a real Chromium: the number of flags of the open email, per tab, empty
 * when there are none, following Gmail's navigation and new pages in the tab.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, navigateInGmail, useKalm } from './harness';

const kalm = useKalm('badge');

const badge = (tabId: number) => kalm.serviceWorker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`) as Promise<string>;

/** The flags the banner shows (its data-flags), or [] when there is no banner. */
const bannerFlags = (gmail: Page) =>
  gmail.evaluate(() => document.querySelector('[data-testid="kalm-banner"]')?.getAttribute('data-flags')?.split(' ') ?? []);

describe('the toolbar badge', () => {
  test('counts the flags of the open demanding email, as the banner shows them', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector('[data-testid="kalm-banner"]', { timeout: 10_000 });
    const flags = await bannerFlags(gmail);
    expect(flags.length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe(String(flags.length));
    expect(await kalm.actionTitle(tabId)).toBe('Kalm: email from Dana Whitfield');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('stays empty on an ordinary email', async () => {
    const { tabId } = await kalm.openThread('thread-ordinary');
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe('Kalm: email from Maya Lin');
    expect(await badge(tabId)).toBe('');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('follows navigation: another demanding thread, an ordinary one, the inbox', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-demanding-en');
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);

    const dutch = caseNamed('thread-demanding-nl');
    await navigateInGmail(gmail, new URL(dutch.url).hash, dutch.name);
    await expect.poll(async () => (await bannerFlags(gmail)).includes('free_extras') && (await gmail.locator('[data-message-id="#msg-f:1801410000000000002"] [data-testid="kalm-banner"]').count()) === 1, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => badge(tabId)).toBe(String((await bannerFlags(gmail)).length));

    const ordinary = caseNamed('thread-ordinary');
    await navigateInGmail(gmail, new URL(ordinary.url).hash, ordinary.name);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('');

    const english = caseNamed('thread-demanding-en');
    await navigateInGmail(gmail, new URL(english.url).hash, english.name);
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).not.toBe('');
    await navigateInGmail(gmail, '#inbox', 'inbox');
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).toBe('');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('belongs to its tab: two Gmail tabs, two counts', async () => {
    const first = await kalm.openThread('thread-demanding-en');
    const second = await kalm.openThread('thread-ordinary');
    await expect.poll(() => badge(first.tabId), { timeout: 10_000 }).not.toBe('');
    await expect.poll(() => kalm.actionTitle(second.tabId), { timeout: 10_000 }).toBe('Kalm: email from Maya Lin');
    expect(await badge(second.tabId)).toBe('');
    expect(await badge(first.tabId)).toBe(String((await bannerFlags(first.gmail)).length));
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('a new page in the tab starts clean: reloading onto an ordinary email clears it', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-demanding-en');
    await expect.poll(() => badge(tabId), { timeout: 10_000 }).not.toBe('');
    kalm.serve('thread-ordinary');
    await gmail.reload();
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe('Kalm: email from Maya Lin');
    expect(await badge(tabId)).toBe('');
    expectNothingLeftAndNothingBroke(kalm);
  });
});
