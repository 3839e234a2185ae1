/**
 * The banner's "See calm replies", in the background: the toolbar popup for the Gmail tab's
 * window, else the popup page in a small window for that tab, else "no" (the banner then says
 * where to click) — and only for Kalm's own content script in a Gmail tab.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { OpenPopupResult } from '../../../src/shared/messages';
import { EXTENSION_URL, gmailSender, popupSender } from '../helpers/fake-browser';
import { createFakeExtension, type FakeExtension } from './fake-extension';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as FakeExtension).browser;
  },
}));

let ext: FakeExtension;
beforeEach(async () => {
  ext = createFakeExtension();
  fake.current = ext;
  vi.resetModules();
  await import('../../../src/background/index');
});

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcNa';
/** Kalm's content script in Gmail tab 12, in window 3. */
const fromGmail = (): Runtime.MessageSender => {
  const sender = gmailSender(12, GMAIL);
  return { ...sender, tab: { ...sender.tab!, windowId: 3 } };
};
const ask = (sender: Runtime.MessageSender = fromGmail()) => ext.deliver({ kalm: 1, name: 'openPopup' }, sender) as Promise<OpenPopupResult>;

describe('openPopup from the banner', () => {
  test("opens Kalm's toolbar popup in the Gmail tab's window", async () => {
    expect(await ask()).toEqual({ ok: true, how: 'action' });
    expect(ext.actionPopups).toEqual([{ windowId: 3 }]);
    expect(ext.windows).toEqual([]);
  });

  test('when the browser will not open it (window not active, Firefox before 149): the popup page in a small window, for this tab', async () => {
    ext.failures.openPopup = true;
    expect(await ask()).toEqual({ ok: true, how: 'window' });
    expect(ext.windows).toEqual([{ url: `${EXTENSION_URL}src/popup/index.html?tab=12`, type: 'popup', width: 440, height: 640, focused: true }]);
  });

  test('when the browser has no action.openPopup at all: the small window', async () => {
    delete (ext.browser.action as { openPopup?: unknown }).openPopup;
    expect(await ask()).toEqual({ ok: true, how: 'window' });
    expect(ext.windows).toHaveLength(1);
  });

  test('when neither can open: says so, and the banner shows where to click', async () => {
    ext.failures.openPopup = true;
    ext.failures.windowsCreate = true;
    expect(await ask()).toEqual({ ok: false });
  });

  test.each<[string, Runtime.MessageSender]>([
    ['the popup itself', popupSender()],
    ["Kalm's content script on another site", gmailSender(12, 'https://evil.example/')],
    ["another extension's content script on Gmail", { ...fromGmail(), id: 'someotherextension' }],
  ])('is not answered for %s, and opens nothing', async (_name, sender) => {
    await expect(ask(sender)).rejects.toThrow(/Receiving end does not exist/);
    expect(ext.actionPopups).toEqual([]);
    expect(ext.windows).toEqual([]);
  });
});
