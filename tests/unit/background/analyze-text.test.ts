import { beforeEach, describe, expect, test, vi } from 'vitest';
import { repairSettings } from '../../../src/shared/settings';
import type { Analysis } from '../../../src/shared/types';
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

const DEMANDING =
  "The quote is too expensive. Can you do it for less? While you're at it, add a few extra pages at no cost. I need it by tomorrow, ASAP.";

const ask = (text: unknown, sender = popupSender()) =>
  ext.deliver({ kalm: 1, name: 'analyzeText', request: { text } }, sender) as Promise<Analysis>;

/** What the Gmail content script sends: the reader's text, as text, with the settings it has. */
const askFromGmail = (request: Record<string, unknown>, sender = gmailSender(4, 'https://mail.google.com/mail/u/0/#inbox/FMfcg')) =>
  ext.deliver({ kalm: 1, name: 'analyzeText', request }, sender) as Promise<Analysis>;

describe('analyzeText in the background', () => {
  test('flags a demanding text with its evidence', async () => {
    const analysis = await ask(DEMANDING);
    const ids = analysis.flags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
    for (const flag of analysis.flags) {
      for (const e of flag.evidence) expect(analysis.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  test('finds nothing in an ordinary text', async () => {
    const analysis = await ask('Thanks for the drafts, they look great. Could we talk next Tuesday afternoon?');
    expect(analysis.flags).toEqual([]);
  });

  test("applies the user's switched-off flags", async () => {
    await ext.storage.sync.set({ settings: repairSettings({ flags: { discount_pressure: false } }) });
    const ids = (await ask(DEMANDING)).flags.map((f) => f.id);
    expect(ids).not.toContain('discount_pressure');
    expect(ids).toContain('free_extras');
  });

  test('keeps working when the settings cannot be read', async () => {
    ext.storage.sync.failing = true;
    ext.storage.local.failing = true;
    expect((await ask(DEMANDING)).flags.length).toBeGreaterThan(0);
  });

  test('answers junk calmly', async () => {
    expect((await ask('')).junk).toBe('empty');
    expect((await ask(42)).junk).toBe('empty');
  });

});

describe('who may ask analyzeText: only Kalm itself', () => {
  const gmailUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
  test.each([
    ['the popup', popupSender(), true],
    ['the popup opened as a tab or window', popupSender(true), true],
    ["Kalm's content script in a Gmail tab", gmailSender(4, gmailUrl), true],
    ["Kalm's content script on another site", gmailSender(4, 'https://evil.example/mail/u/0/'), false],
    ["Kalm's content script on a look-alike host", gmailSender(4, 'https://mail.google.com.evil.example/'), false],
    ['a Gmail frame that is not in a tab', { ...gmailSender(4, gmailUrl), tab: undefined }, false],
    ["another extension's content script on Gmail", { ...gmailSender(4, gmailUrl), id: 'someotherextension' }, false],
    ["another extension's page", { ...popupSender(), id: 'someotherextension', url: 'chrome-extension://someotherextension/popup.html' }, false],
    ['a web page (no extension id)', { url: gmailUrl }, false],
    ["an extension page of Kalm's address sent by another id", { id: 'someotherextension', url: `${EXTENSION_URL}src/popup/index.html` }, false],
  ] as const)('%s: answered %s', async (_name, sender, answered) => {
    const asking = askFromGmail({ text: DEMANDING, html: false, sensitivity: 'normal' }, sender);
    if (answered) expect((await asking).flags.length).toBeGreaterThan(0);
    else await expect(asking).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe("analyzeText from Gmail's content script", () => {
  test('uses the settings it sends, not the stored ones', async () => {
    await ext.storage.sync.set({ settings: repairSettings({ flags: { free_extras: false } }) });
    const settings = repairSettings({ flags: { discount_pressure: false } });
    const ids = (await askFromGmail({ text: DEMANDING, html: false, sensitivity: settings.sensitivity, enabled: settings.flags })).flags.map((f) => f.id);
    expect(ids).not.toContain('discount_pressure');
    expect(ids).toContain('free_extras');
  });

  test('reads the text as text when told (html: false), so evidence offsets match the words on screen', async () => {
    const body = '<div>Can you do it for less?</div> I need it by tomorrow, ASAP.</span>';
    const analysis = await askFromGmail({ text: body, html: false, sensitivity: 'normal' });
    expect(analysis.text).toBe(body);
    expect(analysis.flags.length).toBeGreaterThan(0);
    for (const flag of analysis.flags) for (const e of flag.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
    // Without the hint the same text is read as HTML: the markup is gone from the text.
    expect((await ask(body)).text).not.toContain('<div>');
  });

  test('a bad sensitivity or flag switch falls back to its default instead of breaking', async () => {
    const analysis = await askFromGmail({ text: DEMANDING, html: false, sensitivity: 'max', enabled: 'all' });
    expect(analysis.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras']));
  });
});

describe('warming the classifier up', () => {
  const fakeRun = () => vi.fn((_text: string) => ({ text: '', lang: 'en', flags: [], temperature: 0, truncated: false }) as Analysis);

  test('runs it once on a short text when the background starts', async () => {
    vi.resetModules();
    const { warmUp } = await import('../../../src/background/handlers/analyze-text');
    const run = fakeRun();
    warmUp(run);
    warmUp(run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0].length).toBeGreaterThan(0);
  });

  test('not when a real request already ran it', async () => {
    vi.resetModules();
    const { warmUp, analyzeTextWith } = await import('../../../src/background/handlers/analyze-text');
    const run = fakeRun();
    await analyzeTextWith({ text: DEMANDING }, async () => repairSettings({}), run);
    warmUp(run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![0]).toBe(DEMANDING);
  });

  test('the background schedules it at start-up', async () => {
    // beforeEach started the background: the classifier is warm once its first timer ran, so a
    // later warm-up call finds nothing to do.
    vi.resetModules();
    const handler = await import('../../../src/background/handlers/analyze-text');
    await import('../../../src/background/index');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const run = fakeRun();
    handler.warmUp(run);
    expect(run).not.toHaveBeenCalled();
  });
});
