import { beforeEach, describe, expect, test, vi } from 'vitest';
import { gmailSender, popupSender } from '../helpers/fake-browser';
import { createFakeExtension } from './fake-extension';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as ReturnType<typeof createFakeExtension>).browser;
  },
}));

let browser: ReturnType<typeof createFakeExtension>;
beforeEach(() => {
  browser = createFakeExtension();
  fake.current = browser;
  vi.resetModules();
});

const READ = {
  ok: true as const,
  sender: { name: 'Alex Morgan', email: 'alex@client.example' },
  subject: 'Logo revisions',
  messageId: 'msg-f:1',
  threadId: 'thread-f:1',
};

describe('background', () => {
  test('names the sender in that Gmail tab\'s toolbar tooltip', async () => {
    await import('../../../src/background/index');
    await browser.deliver({ kalm: 1, name: 'emailRead', request: READ }, gmailSender(4));
    expect(browser.titles.get(4)).toBe('Kalm: email from Alex Morgan');
  });

  test('falls back to the address when the name is empty, and resets when nothing is read', async () => {
    await import('../../../src/background/index');
    await browser.deliver({ kalm: 1, name: 'emailRead', request: { ...READ, sender: { name: '', email: 'x@y.example' } } }, gmailSender(4));
    expect(browser.titles.get(4)).toBe('Kalm: email from x@y.example');
    await browser.deliver({ kalm: 1, name: 'emailRead', request: { ok: false, reason: 'no-thread' } }, gmailSender(4));
    expect(browser.titles.get(4)).toBe('Kalm');
  });

  test('ignores the message from anything but a Gmail content script', async () => {
    await import('../../../src/background/index');
    await expect(browser.deliver({ kalm: 1, name: 'emailRead', request: READ }, popupSender(true))).rejects.toThrow();
    await expect(
      browser.deliver({ kalm: 1, name: 'emailRead', request: READ }, gmailSender(4, 'https://evil.example/')),
    ).rejects.toThrow();
    expect(browser.titles.size).toBe(0);
  });
});
