// @vitest-environment happy-dom
/**
 * The content script's wiring, on a modelled Gmail page in happy-dom with a fake extension whose
 * background is Kalm's real one: the content script has the open email analysed there, tells it
 * what it read and how many flags it found, asks it to open the popup from the banner, answers the
 * popup's getEmail / getAnalysis / insertReply (and nobody else), and follows the user's settings.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { repairSettings } from '../../../src/shared/settings';
import type { OpenEmailAnalysis } from '../../../src/shared/messages';
import { caseNamed } from '../../fixtures/gmail/cases';
import { loadFixture } from '../../fixtures/gmail/load';
import { createFakeExtension, type FakeExtension } from '../background/fake-extension';
import { EXTENSION_URL, gmailSender, popupSender } from '../helpers/fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as FakeExtension).browser;
  },
}));

let ext: FakeExtension;

const TAB = 7;

/**
 * Start the content script on the fixture `name`, in tab 7 of window 3, with Kalm's background
 * listening (unless `background: false`: then nobody answers the content script); with
 * `unreadableStorage`, neither storage area can be read.
 */
async function startOn(
  name: string,
  settings?: Parameters<typeof repairSettings>[0],
  options: { background?: boolean; unreadableStorage?: boolean } = {},
) {
  const fixture = caseNamed(name);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(fixture.url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(loadFixture(name), 'text/html').documentElement.innerHTML;
  const sender = gmailSender(TAB, fixture.url);
  ext = createFakeExtension({ sender: { ...sender, tab: { ...sender.tab!, windowId: 3 } } });
  if (settings) await ext.storage.sync.set({ settings: repairSettings(settings) });
  ext.storage.sync.failing = ext.storage.local.failing = options.unreadableStorage === true;
  fake.current = ext;
  vi.resetModules();
  if (options.background !== false) await import('../../../src/background/index');
  await import('../../../src/content/index');
}

const sent = (name: string) =>
  ext.sentToExtension.filter((m) => (m as { name: string }).name === name).map((m) => (m as { request: unknown }).request);
const banner = () => document.querySelector('[data-testid="kalm-banner"]');
const inBanner = (selector: string) => banner()!.shadowRoot!.querySelector<HTMLElement>(selector);

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

  test('has the email analysed in the background: its body as text, with the user\'s settings', async () => {
    await startOn('thread-demanding-en', { sensitivity: 'high', flags: { threat: false } });
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const [request] = sent('analyzeText') as { text: string; html: boolean; sensitivity: string; enabled: Record<string, boolean> }[];
    expect(request).toMatchObject({ html: false, sensitivity: 'high', enabled: expect.objectContaining({ threat: false, discount_pressure: true }) });
    expect(request!.text).toContain('Can you do it for less');
    expect(sent('analyzeText')).toHaveLength(1);
  });

  test("answers the popup's getAnalysis with the email and its analysis, without asking the background again", async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const answer = (await ext.deliver({ kalm: 1, name: 'getAnalysis' }, popupSender())) as OpenEmailAnalysis;
    expect(answer.email).toMatchObject({ ok: true, sender: { name: 'Dana Whitfield' } });
    expect(answer.analysis!.flags.map((f) => f.id).join(' ')).toBe(banner()!.getAttribute('data-flags'));
    expect(answer.analysis!.text).toBe(answer.email.ok ? answer.email.body : '');
    expect(sent('analyzeText')).toHaveLength(1);
  });

  test('when the background does not answer: no banner, the badge cleared, and the popup still gets the email', async () => {
    await startOn('thread-demanding-en', undefined, { background: false });
    await vi.waitFor(() => expect(sent('flagsShown')).toEqual([{ count: 0 }]));
    expect(banner()).toBeNull();
    const answer = (await ext.deliver({ kalm: 1, name: 'getAnalysis' }, popupSender())) as OpenEmailAnalysis;
    expect(answer.email).toMatchObject({ ok: true, subject: 'Re: Website redesign quote' });
    expect(answer.analysis).toBeUndefined();
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
    await startOn('thread-demanding-en', undefined, { unreadableStorage: true });
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    expect(sent('analyzeText')[0]).toMatchObject({ sensitivity: 'normal' });
  });

  test('insertReply without a thread open says so', async () => {
    await startOn('inbox');
    expect(await ext.deliver({ kalm: 1, name: 'insertReply', request: { text: 'Hello' } }, popupSender())).toEqual({
      ok: false,
      reason: 'no-thread',
    });
  });

  test('"See calm replies" asks the background to open the toolbar popup in this window; no hint', async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    inBanner('[data-testid="kalm-open-replies"]')!.click();
    await vi.waitFor(() => expect(ext.actionPopups).toEqual([{ windowId: 3 }]));
    await new Promise((r) => setTimeout(r, 20));
    expect(sent('openPopup')).toHaveLength(1);
    expect(inBanner('.hint')!.textContent).toBe('');
  });

  test('when the toolbar popup cannot open: the popup page in a small window for this tab; no hint', async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    ext.failures.openPopup = true;
    inBanner('[data-testid="kalm-open-replies"]')!.click();
    await vi.waitFor(() => expect(ext.windows.map((w) => w.url)).toEqual([`${EXTENSION_URL}src/popup/index.html?tab=${TAB}`]));
    await new Promise((r) => setTimeout(r, 20));
    expect(inBanner('.hint')!.textContent).toBe('');
  });

  test('when nothing can open the popup: the banner says where to click', async () => {
    await startOn('thread-demanding-en');
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    ext.failures.openPopup = true;
    ext.failures.windowsCreate = true;
    inBanner('[data-testid="kalm-open-replies"]')!.click();
    await vi.waitFor(() => expect(inBanner('.hint')!.textContent).toContain('Click Kalm in the browser toolbar'));
    expect(ext.actionPopups).toEqual([]);
    expect(ext.windows).toEqual([]);
  });
});
