// @vitest-environment happy-dom
/**
 * The content script's wiring, on a modelled Gmail page in happy-dom with a fake extension: it
 * tells the background what it read and how many flags it found, answers the popup's getEmail /
 * getAnalysis / insertReply (and nobody else), and follows the user's settings.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { repairSettings } from '../../../src/shared/settings';
import type { OpenEmailAnalysis } from '../../../src/shared/messages';
import { caseNamed } from '../../fixtures/gmail/cases';
import { loadFixture } from '../../fixtures/gmail/load';
import { createFakeExtension, type FakeExtension } from '../background/fake-extension';
import { gmailSender, popupSender } from '../helpers/fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as FakeExtension).browser;
  },
}));

let ext: FakeExtension;

async function startOn(name: string, settings?: Parameters<typeof repairSettings>[0]) {
  const fixture = caseNamed(name);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(fixture.url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(loadFixture(name), 'text/html').documentElement.innerHTML;
  ext = createFakeExtension();
  if (settings) await ext.storage.sync.set({ settings: repairSettings(settings) });
  fake.current = ext;
  vi.resetModules();
  await import('../../../src/content/index');
}

const sent = (name: string) =>
  ext.sentToExtension.filter((m) => (m as { name: string }).name === name).map((m) => (m as { request: unknown }).request);
const banner = () => document.querySelector('[data-testid="kalm-banner"]');

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});
// Stop this test's content script the way a real one stops: the extension goes away, its next
// message fails, and it cleans up after itself.
afterEach(async () => {
  if (!ext) return;
  ext.orphan();
  document.querySelector('[role="main"]')?.replaceChildren();
  document.body.append(document.createElement('div'));
  await vi.waitFor(() => expect(banner()).toBeNull());
  await new Promise((r) => setTimeout(r, 50));
});

describe('the content script on Gmail', () => {
  test('reads the open email, draws the banner and tells the background the count', async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const count = banner()!.getAttribute('data-flags')!.split(' ').length;
    expect(sent('flagsShown')).toEqual([{ count }]);
    expect(sent('emailRead')).toEqual([expect.objectContaining({ ok: true, subject: 'Re: Website redesign quote' })]);
  });

  test("answers the popup's getAnalysis with the email and its analysis", async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const answer = (await ext.deliver({ kalm: 1, name: 'getAnalysis' }, popupSender())) as OpenEmailAnalysis;
    expect(answer.email).toMatchObject({ ok: true, sender: { name: 'Dana Whitfield' } });
    expect(answer.analysis!.flags.map((f) => f.id).join(' ')).toBe(banner()!.getAttribute('data-flags'));
    expect(answer.analysis!.text).toBe(answer.email.ok ? answer.email.body : '');
  });

  test('answers nothing to a Gmail page pretending to be the popup', async () => {
    await startOn('thread-demanding-en');
    await expect(ext.deliver({ kalm: 1, name: 'getAnalysis' }, gmailSender(3))).rejects.toThrow();
    await expect(ext.deliver({ kalm: 1, name: 'insertReply', request: { text: 'x' } }, gmailSender(3))).rejects.toThrow();
  });

  test('an ordinary email: no banner, and the count is 0', async () => {
    await startOn('thread-ordinary');
    await vi.waitFor(() => expect(sent('flagsShown')).toEqual([{ count: 0 }]));
    expect(banner()).toBeNull();
  });

  test("follows the user's settings, stored and changed", async () => {
    await startOn('thread-demanding-en', { flags: { discount_pressure: false } });
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    expect(banner()!.getAttribute('data-flags')).not.toContain('discount_pressure');
    await ext.storage.sync.set({ settings: repairSettings({ flags: { discount_pressure: false, free_extras: false } }) });
    await vi.waitFor(() => expect(banner()!.getAttribute('data-flags')).not.toContain('free_extras'));
    expect(sent('flagsShown').length).toBe(2);
  });

  test('keeps working with the defaults when the settings cannot be read', async () => {
    const fixture = 'thread-demanding-en';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(caseNamed(fixture).url);
    document.documentElement.innerHTML = new DOMParser().parseFromString(loadFixture(fixture), 'text/html').documentElement.innerHTML;
    ext = createFakeExtension();
    ext.storage.sync.failing = true;
    ext.storage.local.failing = true;
    fake.current = ext;
    vi.resetModules();
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
  });

  test('insertReply without a thread open says so', async () => {
    await startOn('inbox');
    expect(await ext.deliver({ kalm: 1, name: 'insertReply', request: { text: 'Hello' } }, popupSender())).toEqual({
      ok: false,
      reason: 'no-thread',
    });
  });
});
