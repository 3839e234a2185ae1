import { beforeEach, describe, expect, test, vi } from 'vitest';
import { EXTENSION_URL } from '../helpers/fake-browser';
import { createFakeExtension, type FakeExtension } from './fake-extension';

const fake = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.current as FakeExtension).browser;
  },
}));

let ext: FakeExtension;
async function start(options: { session?: boolean } = {}) {
  ext = createFakeExtension(options);
  fake.current = ext;
  vi.resetModules();
  await import('../../../src/background/index');
  ext.install();
  await vi.waitFor(() => expect(ext.menus.size).toBe(1));
}

const GMAIL_PAGE = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcNa';
const click = (info: Record<string, unknown>, tab: Record<string, unknown> = { id: 12, url: GMAIL_PAGE }) =>
  ext.clickMenu({ menuItemId: 'kalm-analyse-selection', pageUrl: GMAIL_PAGE, ...info }, tab);

describe('"Analyse with Kalm" on selected text', () => {
  beforeEach(() => start());

  test('is offered on selected text in Gmail only', () => {
    const [menu] = [...ext.menus.values()];
    expect(menu).toMatchObject({
      id: 'kalm-analyse-selection',
      title: 'Analyse with Kalm',
      contexts: ['selection'],
      documentUrlPatterns: ['https://mail.google.com/*'],
    });
  });

  test('hands the selection to the popup and opens it in a small window', async () => {
    const before = Date.now();
    click({ selectionText: '  Can you do it for less? I need it by tomorrow.  ' });
    await vi.waitFor(() => expect(ext.windows).toHaveLength(1));
    const pending = ext.storage.session!.data.get('pendingSelection') as { text: string; at: number };
    expect(pending.text).toBe('Can you do it for less? I need it by tomorrow.');
    expect(pending.at).toBeGreaterThanOrEqual(before);
    expect(pending.at).toBeLessThanOrEqual(Date.now());
    expect(ext.storage.local.data.has('pendingSelection')).toBe(false);
    const [win] = ext.windows;
    expect(win!.type).toBe('popup');
    expect(win!.url).toBe(`${EXTENSION_URL}src/popup/index.html?source=selection&tab=12`);
    expect(win!.width).toBeLessThanOrEqual(500);
  });

  test('does nothing for an empty selection, another page or another menu item', async () => {
    click({ selectionText: '   ' });
    click({ selectionText: 'pay me', pageUrl: 'https://evil.example/' }, { id: 3, url: 'https://evil.example/' });
    click({ selectionText: 'pay me', menuItemId: 'something-else' });
    await new Promise((r) => setTimeout(r, 20));
    expect(ext.windows).toHaveLength(0);
    expect(ext.storage.session!.data.size).toBe(0);
  });

  test('cuts a huge selection to what the classifier reads', async () => {
    click({ selectionText: 'a'.repeat(300_000) });
    await vi.waitFor(() => expect(ext.windows).toHaveLength(1));
    expect((ext.storage.session!.data.get('pendingSelection') as { text: string }).text).toHaveLength(100_000);
  });
});

test('falls back to local storage where there is no session storage', async () => {
  await start({ session: false });
  click({ selectionText: 'I want a full refund' });
  await vi.waitFor(() => expect(ext.windows).toHaveLength(1));
  expect(ext.storage.local.data.get('pendingSelection')).toMatchObject({ text: 'I want a full refund' });
});
