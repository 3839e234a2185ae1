import { beforeEach, describe, expect, test, vi } from 'vitest';
import { repairSettings } from '../../../src/shared/settings';
import type { Analysis } from '../../../src/shared/types';
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

const DEMANDING =
  "The quote is too expensive. Can you do it for less? While you're at it, add a few extra pages at no cost. I need it by tomorrow, ASAP.";

const ask = (text: unknown, sender = popupSender()) =>
  ext.deliver({ kalm: 1, name: 'analyzeText', request: { text } }, sender) as Promise<Analysis>;

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

  test('answers extension pages only, not a content script', async () => {
    await expect(ask(DEMANDING, gmailSender(4))).rejects.toThrow();
  });
});
