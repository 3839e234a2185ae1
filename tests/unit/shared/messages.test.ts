import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createFakeBrowser,
  EXTENSION_ID,
  EXTENSION_URL,
  gmailSender,
  popupSender,
} from '../helpers/fake-browser';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as ReturnType<typeof createFakeBrowser>).browser;
  },
}));

const { ALLOWED_SENDER, allowedSenders, handleMessages, isAllowedSender, isEnvelope, sendToExtension, sendToTab } = await import(
  '../../../src/shared/messages'
);

let browser: ReturnType<typeof createFakeBrowser>;
beforeEach(() => {
  browser = createFakeBrowser();
  fake.current = browser;
});

const EMAIL = {
  ok: true as const,
  sender: { name: 'Alex', email: 'alex@client.example' },
  subject: 'Logo',
  body: 'Hi',
  messageId: 'msg-f:1',
  threadId: 'thread-f:1',
};

describe('isAllowedSender', () => {
  const other = 'someotherextension';
  test.each([
    ['popup → extension-page', 'extension-page', popupSender(), true],
    ['popup opened in a tab → extension-page', 'extension-page', popupSender(true), true],
    ['Gmail content script → extension-page', 'extension-page', gmailSender(), false],
    ['Gmail content script → gmail-content-script', 'gmail-content-script', gmailSender(), true],
    ['popup → gmail-content-script', 'gmail-content-script', popupSender(true), false],
    ['content script on another site', 'gmail-content-script', gmailSender(7, 'https://evil.example/mail/'), false],
    ['look-alike host', 'gmail-content-script', gmailSender(7, 'https://mail.google.com.evil.example/'), false],
    ['another extension', 'extension-page', { ...popupSender(), id: other }, false],
    ['another extension\'s content script', 'gmail-content-script', { ...gmailSender(), id: other }, false],
    ['no id at all (a web page)', 'extension-page', { url: EXTENSION_URL }, false],
  ] as const)('%s: %s', (_name, kind, sender, allowed) => {
    expect(isAllowedSender(kind, sender, EXTENSION_ID, EXTENSION_URL)).toBe(allowed);
  });
});

describe('isEnvelope', () => {
  test.each([
    [{ kalm: 1, name: 'getEmail' }, true],
    [{ kalm: 1, name: 'emailRead', request: { ok: false, reason: 'loading' } }, true],
    [{ kalm: 1, name: 'toString' }, false],
    [{ kalm: 1, name: 'deleteEverything' }, false],
    [{ kalm: 2, name: 'getEmail' }, false],
    [{ name: 'getEmail' }, false],
    ['getEmail', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isEnvelope(value)).toBe(expected);
  });
});

describe('every message names who may send it', () => {
  test('the protocol and the sender table list the same names', () => {
    expect(Object.keys(ALLOWED_SENDER).sort()).toEqual([
      'analyzeText',
      'emailRead',
      'flagsShown',
      'getAnalysis',
      'getEmail',
      'insertReply',
      'openPopup',
      'wake',
    ]);
  });

  test('only analyzeText has two kinds of sender: the Gmail content script and the popup', () => {
    expect(allowedSenders('analyzeText')).toEqual(['gmail-content-script', 'extension-page']);
    expect(allowedSenders('openPopup')).toEqual(['gmail-content-script']);
    expect(allowedSenders('wake')).toEqual(['gmail-content-script']);
    expect(allowedSenders('getAnalysis')).toEqual(['extension-page']);
  });
});

describe('handleMessages', () => {
  test('answers an allowed sender with the handler\'s result', async () => {
    const getEmail = vi.fn(() => EMAIL);
    handleMessages({ getEmail });
    await expect(browser.deliver({ kalm: 1, name: 'getEmail' }, popupSender())).resolves.toEqual(EMAIL);
    expect(getEmail).toHaveBeenCalledOnce();
  });

  test('a message two kinds may send is answered for each, and for nobody else', async () => {
    const analyzeText = vi.fn(() => ({ text: '', lang: 'en', flags: [], temperature: 0, truncated: false }));
    handleMessages({ analyzeText } as never);
    const ask = (sender: Parameters<typeof browser.deliver>[1]) => browser.deliver({ kalm: 1, name: 'analyzeText', request: { text: 'x' } }, sender);
    await expect(ask(popupSender())).resolves.toMatchObject({ flags: [] });
    await expect(ask(gmailSender())).resolves.toMatchObject({ flags: [] });
    await expect(ask(gmailSender(7, 'https://evil.example/'))).rejects.toThrow(/Receiving end/);
    await expect(ask({ ...popupSender(), id: 'someotherextension' })).rejects.toThrow(/Receiving end/);
    expect(analyzeText).toHaveBeenCalledTimes(2);
  });

  test('ignores a sender that is not allowed: the handler does not run', async () => {
    const getEmail = vi.fn(() => EMAIL);
    handleMessages({ getEmail });
    await expect(browser.deliver({ kalm: 1, name: 'getEmail' }, gmailSender())).rejects.toThrow(/Receiving end/);
    expect(getEmail).not.toHaveBeenCalled();
  });

  test('ignores messages that are not Kalm\'s and names it does not handle', async () => {
    handleMessages({ getEmail: () => EMAIL });
    await expect(browser.deliver({ type: 'getEmail' }, popupSender())).rejects.toThrow(/Receiving end/);
    await expect(browser.deliver({ kalm: 1, name: 'emailRead', request: { ok: false, reason: 'loading' } }, gmailSender())).rejects.toThrow(/Receiving end/);
  });

  test('passes the request and the sender to the handler', async () => {
    const emailRead = vi.fn();
    handleMessages({ emailRead });
    const sender = gmailSender(12);
    await browser.deliver({ kalm: 1, name: 'emailRead', request: { ok: false, reason: 'no-thread' } }, sender);
    expect(emailRead).toHaveBeenCalledWith({ ok: false, reason: 'no-thread' }, sender);
  });

  test('a throwing handler rejects the answer instead of hanging the sender', async () => {
    handleMessages({
      getEmail: () => {
        throw new Error('broken');
      },
    });
    await expect(browser.deliver({ kalm: 1, name: 'getEmail' }, popupSender())).rejects.toThrow('broken');
  });

  test('aborting the signal removes the listener', () => {
    const controller = new AbortController();
    handleMessages({ getEmail: () => EMAIL }, { signal: controller.signal });
    expect(browser.listenerCount()).toBe(1);
    controller.abort();
    expect(browser.listenerCount()).toBe(0);
  });
});

describe('typed send', () => {
  test('sendToTab wraps the request in an envelope for that tab', async () => {
    const received: unknown[] = [];
    browser.setTabReceiver(async (tabId, message) => {
      received.push([tabId, message]);
      return EMAIL;
    });
    await expect(sendToTab(5, 'getEmail')).resolves.toEqual(EMAIL);
    expect(received).toEqual([[5, { kalm: 1, name: 'getEmail', request: undefined }]]);
  });

  test('sendToExtension reaches handlers in extension pages', async () => {
    const seen: unknown[] = [];
    // In the fake, runtime.sendMessage comes from an extension page; getEmail is allowed from there.
    handleMessages({ getEmail: () => (seen.push('asked'), EMAIL) });
    await expect(sendToExtension('getEmail')).resolves.toEqual(EMAIL);
    expect(seen).toEqual(['asked']);
  });
});
