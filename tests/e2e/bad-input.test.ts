/**
 * Bad input in a real Chromium: a thread with no message, an empty body, a 1 MB body, HTML and
 * script text everywhere, Gmail still loading, no Gmail at all. Each gives a clear sentence in
 * the popup, no exception, nothing executed, nothing sent.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, popupState, text, useKalm } from './harness';

const kalm = useKalm('bad-input');

async function popupFor(name: string): Promise<{ gmail: Page; popup: Page }> {
  const fixture = caseNamed(name);
  const gmail = await kalm.openGmail(fixture.name, fixture.url);
  const popup = await kalm.openPopup(await kalm.tabIdOf(gmail));
  return { gmail, popup };
}

describe('bad input gives a clear result', () => {
  test.each([
    ['thread-no-message', 'failed:no-message', 'found no message'],
    ['thread-client-collapsed', 'failed:collapsed', 'is collapsed'],
    ['inbox', 'failed:no-thread', 'No email is open'],
    ['loading', 'failed:loading', 'still loading'],
  ])('%s → %s', async (name, state, words) => {
    const { popup } = await popupFor(name);
    await popupState(popup, state);
    expect(await text(popup, 'status-message')).toContain(words);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('an email with an empty body says it has no text of its own', async () => {
    const { popup } = await popupFor('thread-empty-body');
    await popupState(popup, 'email');
    expect(await text(popup, 'sender-name')).toBe('Alex Morgan');
    expect(await text(popup, 'empty-body')).toContain('no text of its own');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('a 1 MB email: the popup shows its start quickly and Gmail stays responsive', async () => {
    const started = Date.now();
    const { gmail, popup } = await popupFor('thread-huge-body');
    await popupState(popup, 'email', 15_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await text(popup, 'subject')).toBe('Full project brief');
    const firstLines = await text(popup, 'first-lines');
    expect(firstLines.startsWith('Hi Sam,')).toBe(true);
    expect(firstLines.length).toBeLessThan(1000);
    expect(await text(popup, 'more-lines')).toMatch(/more lines/);
    const pingStarted = Date.now();
    expect(await gmail.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - pingStarted).toBeLessThan(2000);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('HTML and script text in the sender, subject and body are shown as text and never run', async () => {
    const { gmail, popup } = await popupFor('thread-html-injection');
    await popupState(popup, 'email');
    expect(await text(popup, 'sender-name')).toBe('<img src=x onerror="window.__kalmPwned=1"> Mallory');
    expect(await text(popup, 'subject')).toBe('<script>window.__kalmPwned=1</script> Urgent');
    const firstLines = await text(popup, 'first-lines');
    expect(firstLines).toContain('<script>window.__kalmPwned=1</script>');
    expect(firstLines).toContain('<b>not bold</b> &amp; &lt;');
    expect(firstLines).not.toContain('STYLE TEXT');
    expect(firstLines).not.toContain('HIDDEN PREHEADER');
    // Nothing turned into markup in the popup: no script, no bold, only Kalm's own logo image.
    expect(await popup.locator('[data-testid="email"] script, [data-testid="email"] b, [data-testid="email"] img').count()).toBe(0);
    // Nothing ran, in the popup or in Gmail's page.
    expect(await popup.evaluate(() => (window as { __kalmPwned?: unknown }).__kalmPwned)).toBeUndefined();
    expect(await gmail.evaluate(() => (window as { __kalmPwned?: unknown }).__kalmPwned)).toBeUndefined();
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('with no Gmail tab open the popup says to open Gmail', async () => {
    const popup = await kalm.openPopup();
    await popupState(popup, 'no-gmail-tab');
    expect(await text(popup, 'status-message')).toContain('Open Gmail');
    expectNothingLeftAndNothingBroke(kalm);
  });
});
