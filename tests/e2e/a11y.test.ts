/**
 * Accessibility in a real Chromium: axe finds no serious or critical violation in the popup (each
 * of its states), the settings page (also with errors showing) and the in-page banner; and the
 * popup and the settings page work with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNothingLeftAndNothingBroke, popupState, text, useKalm } from './harness';

const kalm = useKalm('a11y');

/** Serious and critical axe violations, as readable lines (with the offending elements). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Press Tab until the element with `testId` has focus; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${testId} was not reached with ${key} in ${max} presses`);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('axe: no serious or critical violation', () => {
  test('popup with flags and replies, the email opened, after an Insert', async () => {
    const { tabId } = await kalm.openThread('thread-demanding-en');
    const popup = await kalm.openPopup(tabId);
    await popup.getByTestId('reply-text').waitFor();
    await popup.locator('details.body summary').click();
    await popup.getByTestId('insert').click();
    await expect.poll(() => text(popup, 'insert-status'), { timeout: 10_000 }).not.toBe('');
    expect(await seriousViolations(popup)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('popup on an ordinary email, and with no Gmail tab after a paste', async () => {
    const { tabId } = await kalm.openThread('thread-ordinary');
    let popup = await kalm.openPopup(tabId);
    await popupState(popup, 'email');
    // (popup.test.ts checks that this email gets no flag; here only its page is checked.)
    await popup.locator('[data-testid="no-flags"], [data-testid="analysis"]').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    for (const page of kalm.context.pages()) await page.close();

    popup = await kalm.openPopup();
    await popupState(popup, 'no-gmail-tab');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByTestId('paste-text').fill('This is too expensive. Can you do it for less? I need it by tomorrow, ASAP.');
    await popup.getByTestId('analyse').click();
    await popup.getByTestId('reply-text').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('settings page, plain and with errors showing', async () => {
    const page = await kalm.openOptions();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('field-hourlyRate').fill('lots');
    await page.getByTestId('field-businessHoursStart').fill('18:00');
    await page.getByTestId('field-businessHoursEnd').fill('08:00');
    await page.getByTestId('save').click();
    await page.getByTestId('error-hourlyRate').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the in-page banner on a demanding thread', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    const banner = gmail.locator('[data-testid="kalm-banner"]');
    await banner.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await seriousViolations(gmail, '[data-testid="kalm-banner"]')).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });
});

describe('keyboard alone', () => {
  test('popup: reach the tones, switch with the arrows, edit, Insert, Copy', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-draft-reply');
    const popup = await kalm.openPopup(tabId);
    await popup.getByTestId('reply-text').waitFor();

    // Only the selected tone is in the Tab order; the arrows move between tones.
    await tabTo(popup, 'tone-warm');
    await popup.keyboard.press('ArrowRight');
    expect(await focusedTestId(popup)).toBe('tone-firm');
    expect(await popup.getByTestId('tone-firm').getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('End');
    expect(await focusedTestId(popup)).toBe('tone-part');
    await popup.keyboard.press('ArrowLeft');
    expect(await focusedTestId(popup)).toBe('tone-firm');
    const firm = await popup.getByTestId('reply-text').inputValue();

    // Tab goes from the tabs into the reply, not through the other tones.
    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('reply-text');
    await popup.keyboard.press('ControlOrMeta+End');
    await popup.keyboard.type('\n\nTYPED WITH THE KEYBOARD');
    expect(await popup.getByTestId('reply-text').inputValue()).toBe(`${firm}\n\nTYPED WITH THE KEYBOARD`);

    // The focused control shows where focus is.
    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('insert');
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect.poll(() => text(popup, 'insert-status'), { timeout: 10_000 }).toBe('Inserted — review before sending');
    expect(await gmail.locator('.M9 [contenteditable="true"]').innerText()).toContain('TYPED WITH THE KEYBOARD');

    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('copy');
    await popup.keyboard.press('Space');
    await expect.poll(() => text(popup, 'copy-status')).toContain('Copied');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('popup: Ctrl+Enter in the reply inserts it', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-draft-reply');
    const popup = await kalm.openPopup(tabId);
    await popup.getByTestId('reply-text').waitFor();
    await tabTo(popup, 'reply-text');
    await popup.keyboard.press('ControlOrMeta+End');
    await popup.keyboard.type(' (SHORTCUT)');
    await popup.keyboard.press('Control+Enter');
    await expect.poll(() => text(popup, 'insert-status'), { timeout: 10_000 }).toBe('Inserted — review before sending');
    expect(await gmail.locator('.M9 [contenteditable="true"]').innerText()).toContain('(SHORTCUT)');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('popup with no email: paste, analyse with Enter on the button', async () => {
    const popup = await kalm.openPopup();
    await popupState(popup, 'no-gmail-tab');
    await tabTo(popup, 'paste-text');
    await popup.keyboard.type('That is far too expensive. Can you do it for less? I need it by tomorrow, ASAP.');
    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('analyse');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('flag').first().waitFor();
    await tabTo(popup, 'tone-warm');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('settings page: fill, tick, choose and save without a mouse', async () => {
    const page = await kalm.openOptions();
    await tabTo(page, 'field-name');
    await page.keyboard.type('Keyboard User');
    await tabTo(page, 'field-hourlyRate');
    await page.keyboard.type('70');
    await tabTo(page, 'field-businessDays-mon');
    await page.keyboard.press('Space');
    await tabTo(page, 'field-replyLanguage');
    await page.keyboard.press('ArrowDown'); // auto → en
    await tabTo(page, 'field-sensitivity-normal');
    await page.keyboard.press('ArrowRight'); // a radio group moves with the arrows: normal → high
    expect(await focusedTestId(page)).toBe('field-sensitivity-high');
    await tabTo(page, 'field-flags-threat');
    await page.keyboard.press('Space');
    await tabTo(page, 'save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Saved.');
    const stored = (await kalm.serviceWorker.evaluate(`chrome.storage.sync.get('settings')`)) as { settings: Record<string, unknown> };
    expect(stored.settings).toMatchObject({
      name: 'Keyboard User',
      hourlyRate: 70,
      businessDays: ['mon'],
      replyLanguage: 'en',
      sensitivity: 'high',
      flags: expect.objectContaining({ threat: false }),
    });
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('settings page: Enter in a field saves; with an error, focus lands on the field to fix', async () => {
    const page = await kalm.openOptions();
    await tabTo(page, 'field-depositPercent');
    await page.keyboard.type('250');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('field-depositPercent');
    expect(await page.getByTestId('error-depositPercent').innerText()).toContain('from 1 to 100');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Saved.');
    expectNothingLeftAndNothingBroke(kalm);
  });
});
