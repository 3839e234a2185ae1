/**
 * The lexicons' phrases as written: a phrase is matched from a word start to a word end, so a
 * phrase source that ends in a space (or starts with one) can only match where punctuation
 * follows a gap, which is never what its author meant ("op internet zetten " missed
 * "op internet zetten want ...").
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/classifier/lexicon/en';
import { nl } from '../../../src/classifier/lexicon/nl';

describe.each([['en', en], ['nl', nl]] as const)('%s phrases', (_lang, lexicon) => {
  // The flags' phrases, and the sets that read the whole message (the seller's voice, a promise to pay, …).
  const sets: Record<string, readonly string[]> = { sellerVoice: lexicon.sellerVoice, paysForExtra: lexicon.paysForExtra, ...lexicon.calm };
  const sources = [
    ...Object.entries(lexicon.flags).flatMap(([flag, l]) => [...l.strong, ...l.cue, ...(l.withAsk ?? [])].map((src) => [flag, src] as const)),
    ...Object.entries(sets).flatMap(([name, list]) => list.map((src) => [name, src] as const)),
  ];
  test('every phrase starts and ends at a word, not at a space', () => {
    const bad = sources.filter(([, src]) => /^ | $/.test(src)).map(([flag, src]) => `${flag}: "${src}"`);
    expect(bad).toEqual([]);
  });
  test('every phrase is written once', () => {
    const keys = sources.map(([flag, src]) => `${flag} ${src}`);
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated).toEqual([]);
  });
});
