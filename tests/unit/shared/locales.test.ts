import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as unknown;
const en = read('public/_locales/en/messages.json') as Record<string, Entry>;
const nl = read('public/_locales/nl/messages.json') as Record<string, Entry>;
const manifest = read('manifest.json') as Record<string, unknown>;

/** $NAME$ references in a message. */
const references = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('translations', () => {
  test('nl has exactly the keys of en', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: same placeholders in en and nl, each used, each with a description', (key) => {
    const e = en[key]!;
    const n = nl[key]!;
    expect(e.description, 'en description for translators').toBeTruthy();
    expect(Object.keys(n.placeholders ?? {}).sort()).toEqual(Object.keys(e.placeholders ?? {}).sort());
    expect(references(e.message)).toEqual(Object.keys(e.placeholders ?? {}).sort());
    expect(references(n.message)).toEqual(Object.keys(e.placeholders ?? {}).sort());
    expect(n.message.trim()).not.toBe('');
  });

  test('every __MSG_…__ in the manifest exists in both languages', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(en[name], name).toBeDefined();
      expect(nl[name], name).toBeDefined();
    }
  });

  test('store limits: name ≤ 75 and description ≤ 132 characters', () => {
    for (const locale of [en, nl]) {
      expect(locale.extName!.message.length).toBeLessThanOrEqual(75);
      expect(locale.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
