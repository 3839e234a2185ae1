/**
 * The templates are data; these checks keep the data honest: every hole a sentence uses is
 * guaranteed by its option, the Dutch je/u choices are well formed, and no sentence in either
 * language breaks the house rules, whichever form of address is chosen.
 */
import { describe, expect, test } from 'vitest';
import { TEMPLATES } from '../../../src/replies/compose';
import type { LanguageTemplates, Option, Slot } from '../../../src/replies/templates/types';
import { FLAG_IDS } from '../../../src/shared/types';

const VARS = ['client', 'me', 'business', 'rate', 'deposit', 'term', 'hours', 'days', 'revisions', 'response', 'update', 'amount', 'due', 'when', 'offday', 'nextday', 'asks'];

/** Every option in a language's templates, with where it sits. */
function options(t: LanguageTemplates): [string, Option][] {
  const out: [string, Option][] = [];
  const add = (where: string, slot: Slot | undefined) => slot?.forEach((o, i) => out.push([`${where}[${i}]`, o]));
  for (const key of ['greeting', 'opening', 'appreciation', 'feeling', 'restate', 'close', 'signoff'] as const) {
    for (const [tone, slot] of Object.entries(t[key])) add(`${key}.${tone}`, slot);
  }
  add('pause', t.pause);
  add('decision', t.decision);
  add('referral', t.referral);
  for (const [id, f] of Object.entries(t.flags)) {
    add(`${id}.ask`, f.ask);
    for (const [tone, slots] of Object.entries(f.body)) slots.forEach((s, i) => add(`${id}.body.${tone}.${i}`, s));
    for (const [tone, slots] of Object.entries(f.extra ?? {})) slots?.forEach((s, i) => add(`${id}.extra.${tone}.${i}`, s));
  }
  return out;
}

/** Both readings of a Dutch text (je and u); an English text as it is. */
function readings(text: string): string[] {
  return [text.replace(/\[([^[\]|]*)\|([^[\]|]*)\]/g, '$1'), text.replace(/\[([^[\]|]*)\|([^[\]|]*)\]/g, '$2')];
}

describe.each(['en', 'nl'] as const)('%s templates', (lang) => {
  const t = TEMPLATES[lang];
  const all = options(t);

  test('answer every flag in every tone', () => {
    expect(Object.keys(t.flags).sort()).toEqual([...FLAG_IDS].sort());
    for (const id of FLAG_IDS) for (const tone of ['warm', 'firm', 'part'] as const) expect(t.flags[id].body[tone].length, `${id}.${tone}`).toBeGreaterThan(0);
  });

  test.each(all)('%s: every hole is a known value its option requires', (_, option) => {
    expect(option.texts.length).toBeGreaterThan(0);
    for (const text of option.texts) {
      for (const [, name = ''] of text.matchAll(/\{(\w+)\}/g)) {
        expect(VARS).toContain(name);
        const needs = (option.needs ?? []) as readonly string[];
        expect(needs.includes(name) || needs.includes(`new:${name}`), `"${text}" uses {${name}}`).toBe(true);
      }
    }
  });

  test.each(all)('%s: house rules', (_, option) => {
    for (const text of option.texts) {
      if (lang === 'en') expect(text).not.toMatch(/[[\]|]/);
      for (const reading of readings(text)) {
        expect(reading, reading).not.toMatch(/[[\]|!]/);
        expect(reading).not.toMatch(/guarant|garanti|garander/i);
        expect(reading).not.toMatch(/\b\p{Lu}{2,}\b/u);
        expect(reading).not.toMatch(/ {2}|\s[,.?]/);
        expect(reading.trim()).toBe(reading);
      }
    }
  });

  test('sentences start with a capital and end with a full stop or question mark; greetings and sign-offs with a comma', () => {
    for (const [where, option] of all) {
      for (const text of option.texts) {
        for (const reading of readings(text)) {
          if (where.includes('.ask')) {
            expect(reading, where).toMatch(/^[\p{Ll}[{]/u); // a noun phrase inside a sentence
          } else if (where.startsWith('greeting') || where.startsWith('signoff')) {
            expect(reading, where).toMatch(/^\p{Lu}.*,$/u);
          } else {
            expect(reading, where).toMatch(/^\p{Lu}.*[.?]$/u);
          }
        }
      }
    }
  });
});

test('both languages restate the same requests: a flag has an ask in English exactly when it has one in Dutch', () => {
  for (const id of FLAG_IDS) expect(Boolean(TEMPLATES.nl.flags[id].ask), id).toBe(Boolean(TEMPLATES.en.flags[id].ask));
});
