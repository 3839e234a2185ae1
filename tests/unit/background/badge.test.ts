import { beforeEach, describe, expect, test, vi } from 'vitest';
import { badgeText } from '../../../src/background/handlers/flags-shown';
import { documentOf, isNewDocument } from '../../../src/background/badge-navigation';
import { gmailSender, popupSender } from '../helpers/fake-browser';
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

const flagsShown = (count: unknown, sender = gmailSender(4)) => ext.deliver({ kalm: 1, name: 'flagsShown', request: { count } }, sender);

describe('the toolbar badge', () => {
  test('shows the number of flags in the tab that counted them, and only there', async () => {
    await flagsShown(3, gmailSender(4));
    await flagsShown(1, gmailSender(5));
    expect(ext.badges.get(4)).toBe('3');
    expect(ext.badges.get(5)).toBe('1');
    expect(ext.badgeColors.get(4)).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('is cleared when the open email has no flag', async () => {
    await flagsShown(2);
    await flagsShown(0);
    expect(ext.badges.get(4)).toBe('');
  });

  test.each([[-1], [1.5], [Number.NaN], ['3'], [null], [undefined]])('shows nothing for a count of %s', async (count) => {
    await flagsShown(count);
    expect(ext.badges.get(4)).toBe('');
  });

  test('ignores counts that do not come from Kalm in a Gmail tab', async () => {
    await expect(flagsShown(3, popupSender(true))).rejects.toThrow();
    await expect(flagsShown(3, gmailSender(4, 'https://evil.example/'))).rejects.toThrow();
    expect(ext.badges.size).toBe(0);
  });

  test('is cleared when the tab loads a new page, not when Gmail moves between threads', async () => {
    const thread = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcNa';
    ext.tabUpdated(4, { status: 'loading', url: thread });
    await flagsShown(4);
    // Gmail's own navigation: only the hash changes, and Chrome reports it as "loading".
    ext.tabUpdated(4, { status: 'loading', url: 'https://mail.google.com/mail/u/0/#inbox' });
    ext.tabUpdated(4, { status: 'complete' });
    expect(ext.badges.get(4)).toBe('4');
    // A reload (no URL in the change) and another site clear it.
    ext.tabUpdated(4, { status: 'loading' });
    expect(ext.badges.get(4)).toBe('');
    await flagsShown(2);
    ext.tabUpdated(4, { status: 'loading', url: 'https://example.com/' });
    expect(ext.badges.get(4)).toBe('');
  });
});

describe('badge helpers', () => {
  test.each([
    [0, ''],
    [1, '1'],
    [11, '11'],
    [250, '99+'],
  ])('badgeText(%s) = %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });

  test('documentOf drops only the hash', () => {
    expect(documentOf('https://mail.google.com/mail/u/0/#inbox/abc')).toBe('https://mail.google.com/mail/u/0/');
    expect(documentOf('https://mail.google.com/mail/u/1/')).toBe('https://mail.google.com/mail/u/1/');
  });

  test.each([
    ['a reload', { status: 'loading' }, 'https://mail.google.com/mail/u/0/', true],
    ['a hash change', { status: 'loading', url: 'https://mail.google.com/mail/u/0/#sent' }, 'https://mail.google.com/mail/u/0/', false],
    ['another account', { status: 'loading', url: 'https://mail.google.com/mail/u/1/#inbox' }, 'https://mail.google.com/mail/u/0/', true],
    ['an unknown previous page', { status: 'loading', url: 'https://mail.google.com/mail/u/0/#inbox' }, undefined, false],
    ['a title change', { title: 'Inbox' }, 'https://mail.google.com/mail/u/0/', false],
    ['load complete', { status: 'complete' }, 'https://mail.google.com/mail/u/0/', false],
  ] as const)('isNewDocument: %s → %s', (_name, change, previous, expected) => {
    expect(isNewDocument(change, previous)).toBe(expected);
  });
});
