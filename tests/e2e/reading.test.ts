/**
 * In a real Chromium with the built extension: the content script reads the open (modelled)
 * Gmail thread, the popup shows it and follows navigation, and nothing leaves the machine.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, navigateInGmail, popupState, text, useKalm } from './harness';

const kalm = useKalm('reading');

describe('Kalm in Chromium on a modelled Gmail', () => {
  test('the content script reads the open thread and the toolbar names the sender', async () => {
    const { tabId } = await kalm.openThread('thread-one-message');
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe('Kalm: email from Alex Morgan');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the popup shows the sender, subject and first lines of the latest client message', async () => {
    const { tabId } = await kalm.openThread('thread-several-messages');
    const popup = await kalm.openPopup(tabId);
    await popupState(popup, 'email');
    expect(await text(popup, 'sender-name')).toBe('Alex Morgan');
    expect(await text(popup, 'sender-email')).toBe('<alex@client.example>');
    expect(await text(popup, 'subject')).toBe('Website copy');
    expect(await text(popup, 'date')).toBe('Tue, 4 Jun 2024, 11:47');
    const firstLines = await text(popup, 'first-lines');
    expect(firstLines).toContain("While you're at it, could you also write the About page?");
    // Not the quoted earlier message, not the user's own reply, not the sign-off.
    expect(firstLines).not.toContain('wrote:');
    expect(firstLines).not.toContain('first version will be ready');
    expect(firstLines).not.toContain('Thanks,');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('navigating to another thread inside Gmail: the open popup follows', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-one-message');
    const popup = await kalm.openPopup(tabId);
    await popupState(popup, 'email');
    expect(await text(popup, 'subject')).toBe('Logo revisions');

    const dutch = caseNamed('thread-dutch');
    await navigateInGmail(gmail, new URL(dutch.url).hash, dutch.name);
    await expect.poll(() => text(popup, 'subject'), { timeout: 10_000 }).toBe('Re: Offerte nieuwe website');
    expect(await text(popup, 'sender-name')).toBe('Jan Jansen');
    const firstLines = await text(popup, 'first-lines');
    expect(firstLines).toContain('Kan het niet wat goedkoper?');
    expect(firstLines).not.toContain('Met vriendelijke groet');
    expect(firstLines).not.toContain('Verstuurd vanaf mijn iPhone');
    await expect.poll(() => kalm.actionTitle(tabId)).toBe('Kalm: email from Jan Jansen');

    // And back to the inbox: the popup says no email is open.
    await navigateInGmail(gmail, '#inbox', 'inbox');
    await popupState(popup, 'failed:no-thread');
    expect(await text(popup, 'status-message')).toContain('No email is open');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('opened without a tab id, the popup finds the Gmail tab used last', async () => {
    await kalm.openThread('thread-one-message');
    const { gmail: second } = await kalm.openThread('thread-quoted-outlook');
    await second.bringToFront();
    const popup = await kalm.openPopup();
    await popupState(popup, 'email');
    expect(await text(popup, 'sender-name')).toBe('Chris Baker');
    expect(await text(popup, 'first-lines')).not.toContain('From:');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('an open reply with a draft is neither read nor touched', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-with-draft');
    const draftBefore = await gmail.locator('.M9 [contenteditable="true"]').innerHTML();
    const popup = await kalm.openPopup(tabId);
    await popupState(popup, 'email');
    expect(await text(popup, 'sender-name')).toBe('Robin Smit');
    expect(await text(popup, 'first-lines')).not.toContain('DRAFT');
    expect(await gmail.locator('.M9 [contenteditable="true"]').innerHTML()).toBe(draftBefore);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the popup passes an accessibility check (axe)', async () => {
    const { tabId } = await kalm.openThread('thread-one-message');
    const popup = await kalm.openPopup(tabId);
    await popupState(popup, 'email');
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the options page opens and states the privacy promise', async () => {
    const page = await kalm.context.newPage();
    await page.goto(`chrome-extension://${kalm.extensionId}/src/options/index.html`);
    await expect.poll(() => page.getByTestId('options').textContent()).toContain('no email text ever leaves it');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('the record caught requests at all (the harness is not blind)', () => {
    const gmailDocuments = kalm.requests.filter((r) => r.url.startsWith('https://mail.google.com/') && r.resourceType === 'document');
    const extensionFiles = kalm.requests.filter((r) => r.url.startsWith(`chrome-extension://${kalm.extensionId}/`));
    expect(gmailDocuments.length).toBeGreaterThanOrEqual(5);
    expect(extensionFiles.length).toBeGreaterThan(0);
  });
});
