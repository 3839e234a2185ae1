import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { isEnvelope, type Envelope } from '../../../src/shared/messages';
import { createFakeBrowser, gmailSender } from '../helpers/fake-browser';
import { DEMANDING, EMAIL } from './samples';

const holder = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return holder.browser;
  },
}));
const fake = createFakeBrowser();
holder.browser = fake.browser;

/** storage.session and storage.local, in memory; `session: false` models a browser without it. */
function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: vi.fn(async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v))),
    remove: vi.fn(async (key: string) => void data.delete(key)),
  };
}
const session = memoryArea();
const local = memoryArea();
const sync = memoryArea();
const browser = fake.browser as unknown as Record<string, unknown>;
browser.storage = { session, local, sync, onChanged: { addListener: () => {}, removeListener: () => {} } };

const { createPopupSource, takePendingSelection, PENDING_SELECTION_KEY, SELECTION_MAX_AGE_MS } = await import('../../../src/popup/source');

const gmailTab = (id: number, lastAccessed = 1): Tabs.Tab => ({
  id,
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  lastAccessed,
  index: id,
  highlighted: false,
  active: false,
  pinned: false,
  incognito: false,
});

/** The "content script": answers by message name, or stays silent (no handler) for names it lacks. */
function contentScript(answers: Partial<Record<string, (request: unknown) => unknown>>) {
  const calls: Array<{ tabId: number; name: string; request: unknown }> = [];
  fake.setTabReceiver(async (tabId, message) => {
    if (!isEnvelope(message)) throw new Error('not a Kalm message');
    const { name, request } = message as Envelope;
    calls.push({ tabId, name, request });
    const answer = answers[name];
    // The polyfill turns "nobody answered" into undefined.
    return answer ? answer(request) : undefined;
  });
  return calls;
}

/** The "background": answers analyzeText. */
function background(analyze: (text: string) => unknown) {
  const texts: string[] = [];
  fake.browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEnvelope(message) || message.name !== 'analyzeText') return undefined;
    const { text } = message.request as { text: string };
    texts.push(text);
    return Promise.resolve(analyze(text));
  });
  return texts;
}

beforeEach(() => {
  fake.reset();
  session.data.clear();
  local.data.clear();
  fake.setTabs([gmailTab(7)]);
});
afterEach(() => vi.useRealTimers());

describe('createPopupSource: the open email', () => {
  test('asks the Gmail tab for its analysis', async () => {
    const calls = contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }) });
    const state = await createPopupSource('').load();
    expect(state).toEqual({ kind: 'read', result: EMAIL, analysis: DEMANDING });
    expect(calls.map((c) => [c.tabId, c.name])).toEqual([[7, 'getAnalysis']]);
  });

  test('?tab=<id> picks that tab', async () => {
    fake.setTabs([gmailTab(7, 5), gmailTab(8, 1)]);
    const calls = contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }) });
    await createPopupSource('?tab=8').load();
    expect(calls[0]!.tabId).toBe(8);
  });

  test('a content script that only reads: the popup reads, and the background analyses', async () => {
    const calls = contentScript({ getEmail: () => EMAIL });
    const texts = background(() => DEMANDING);
    const state = await createPopupSource('').load();
    expect(calls.map((c) => c.name)).toEqual(['getAnalysis', 'getEmail']);
    expect(texts).toEqual([EMAIL.body]);
    expect(state).toEqual({ kind: 'read', result: EMAIL, analysis: DEMANDING });
  });

  test('a failed read comes back as it is, without analysis', async () => {
    contentScript({ getAnalysis: () => ({ email: { ok: false, reason: 'no-thread' } }) });
    expect(await createPopupSource('').load()).toEqual({ kind: 'read', result: { ok: false, reason: 'no-thread' }, analysis: undefined });
  });

  test('an analysis that is not one is not trusted: the background analyses again', async () => {
    contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: { flags: 'lots' } }) });
    background(() => DEMANDING);
    expect(await createPopupSource('').load()).toMatchObject({ kind: 'read', analysis: DEMANDING });
  });

  test('no Gmail tab, and a tab that does not answer', async () => {
    fake.setTabs([]);
    expect(await createPopupSource('').load()).toEqual({ kind: 'no-gmail-tab' });
    fake.setTabs([gmailTab(7)]);
    expect(await createPopupSource('').load()).toEqual({ kind: 'not-connected' });
  });

  test('only change announcements from its own tab reload', async () => {
    contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }) });
    const source = createPopupSource('');
    await source.load();
    const onChange = vi.fn();
    const stop = source.subscribe(onChange);
    const summary = { ok: false, reason: 'no-thread' };
    await fake.deliver({ kalm: 1, name: 'emailRead', request: summary }, gmailSender(99)).catch(() => {});
    expect(onChange).not.toHaveBeenCalled();
    await fake.deliver({ kalm: 1, name: 'emailRead', request: summary }, gmailSender(7)).catch(() => {});
    expect(onChange).toHaveBeenCalledOnce();
    stop();
    expect(fake.listenerCount()).toBe(0);
  });
});

describe('createPopupSource: a fast start', () => {
  test('?tab=<id>: asks that tab at once, while the tab list is still being read, and only once', async () => {
    fake.setTabs([gmailTab(7, 5), gmailTab(8, 1)]);
    const calls = contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }) });
    const tabs = fake.browser.tabs as { query: (info: { url?: string; active?: boolean }) => Promise<Tabs.Tab[]> };
    const query = tabs.query;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    tabs.query = async (info) => {
      await held;
      return query(info);
    };
    try {
      const loading = createPopupSource('?tab=8').load();
      await vi.waitFor(() => expect(calls.map((c) => [c.tabId, c.name])).toEqual([[8, 'getAnalysis']]));
      release();
      expect(await loading).toEqual({ kind: 'read', result: EMAIL, analysis: DEMANDING });
      expect(calls).toHaveLength(1);
    } finally {
      tabs.query = query;
    }
  });

  test("?tab=<id> of a tab that is not Gmail: its answer is not used, the Gmail tab's is", async () => {
    fake.setTabs([gmailTab(7)]);
    const other = { ...EMAIL, subject: 'Not from a Gmail tab' };
    const asked: number[] = [];
    fake.setTabReceiver(async (tabId) => {
      asked.push(tabId);
      return { email: tabId === 7 ? EMAIL : other, analysis: DEMANDING };
    });
    expect(await createPopupSource('?tab=9').load()).toEqual({ kind: 'read', result: EMAIL, analysis: DEMANDING });
    expect(asked).toEqual([9, 7]);
  });

  test('prefetch: the first load and loadSettings take the runs already started; later ones ask again', async () => {
    const calls = contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }) });
    sync.get.mockClear();
    const source = createPopupSource('');
    source.prefetch();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(sync.get).toHaveBeenCalledTimes(1);
    expect(await source.load()).toEqual({ kind: 'read', result: EMAIL, analysis: DEMANDING });
    expect((await source.loadSettings()).sensitivity).toBe('normal');
    expect(calls).toHaveLength(1);
    expect(sync.get).toHaveBeenCalledTimes(1);
    await source.load();
    await source.loadSettings();
    expect(calls).toHaveLength(2);
    expect(sync.get).toHaveBeenCalledTimes(2);
  });

  test('prefetch: a tab that fails to answer is the first load\'s "not connected", not an unhandled error', async () => {
    fake.setTabReceiver(async () => Promise.reject(new Error('Receiving end does not exist.')));
    const source = createPopupSource('');
    source.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await source.load()).toEqual({ kind: 'not-connected' });
  });
});

describe('createPopupSource: insert', () => {
  test('sends the text to the tab it read, and passes the answer on', async () => {
    const calls = contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }), insertReply: () => ({ ok: true }) });
    const source = createPopupSource('');
    await source.load();
    expect(await source.insertReply('Hello')).toEqual({ ok: true });
    expect(calls.at(-1)).toEqual({ tabId: 7, name: 'insertReply', request: { text: 'Hello' } });
  });

  test('failures: the tab\'s reason, no answer, no tab', async () => {
    contentScript({ getAnalysis: () => ({ email: EMAIL, analysis: DEMANDING }), insertReply: () => ({ ok: false, reason: 'no-reply-box' }) });
    const source = createPopupSource('');
    await source.load();
    expect(await source.insertReply('x')).toEqual({ ok: false, reason: 'no-reply-box' });
    fake.setTabReceiver(async () => Promise.reject(new Error('Receiving end does not exist.')));
    expect(await source.insertReply('x')).toEqual({ ok: false, reason: 'not-connected' });
    fake.setTabs([]);
    const none = createPopupSource('');
    await none.load();
    expect(await none.insertReply('x')).toEqual({ ok: false, reason: 'no-tab' });
  });
});

describe('the selection from "Analyse with Kalm"', () => {
  test('is read from storage.session, removed, and analysed', async () => {
    session.data.set(PENDING_SELECTION_KEY, { text: DEMANDING.text, at: Date.now() });
    const texts = background(() => DEMANDING);
    const source = createPopupSource('?source=selection');
    const state = await source.load();
    expect(state).toEqual({ kind: 'selection', text: DEMANDING.text, analysis: DEMANDING, canInsert: true });
    expect(session.data.has(PENDING_SELECTION_KEY)).toBe(false);
    expect(texts).toEqual([DEMANDING.text]);
    // Loading again (a change announcement) shows the same selection, not "missing".
    expect(await source.load()).toBe(state);
  });

  test('falls back to storage.local', async () => {
    local.data.set(PENDING_SELECTION_KEY, { text: 'from local', at: Date.now() });
    expect(await takePendingSelection()).toBe('from local');
    expect(local.data.has(PENDING_SELECTION_KEY)).toBe(false);
  });

  test('a stale or malformed selection is removed and not used', async () => {
    const now = Date.now();
    session.data.set(PENDING_SELECTION_KEY, { text: 'old', at: now - SELECTION_MAX_AGE_MS - 1 });
    expect(await takePendingSelection(now)).toBeUndefined();
    expect(session.data.has(PENDING_SELECTION_KEY)).toBe(false);
    session.data.set(PENDING_SELECTION_KEY, '<script>');
    expect(await takePendingSelection(now)).toBeUndefined();
  });

  test('none there: the popup says so (after a short wait for it)', async () => {
    fake.setTabs([]);
    const state = await createPopupSource('?source=selection').load();
    expect(state).toEqual({ kind: 'no-selection', canInsert: false });
    expect(session.get.mock.calls.length).toBeGreaterThan(1);
  });

  test('a selection written just after the popup opened is still found', async () => {
    background(() => DEMANDING);
    setTimeout(() => session.data.set(PENDING_SELECTION_KEY, { text: 'late', at: Date.now() }), 100);
    expect(await createPopupSource('?source=selection').load()).toMatchObject({ kind: 'selection', text: 'late' });
  });
});
