import { describe, expect, it } from 'vitest';
import { parsePhrase, phraseNeeds, WordPlaces, type Seq } from '../../../src/classifier/phrase-needs';
import { compileSource } from '../../../src/classifier/03-match';
import { tokenize } from '../../../src/classifier/tokenize';
import { en } from '../../../src/classifier/lexicon/en';
import { nl } from '../../../src/classifier/lexicon/nl';
import { seededRandom } from '../../../src/classifier/training/seeded-random';
import { FLAG_IDS } from '../../../src/shared/types';

const needsOf = (phrase: string) => phraseNeeds(compileSource(phrase));

describe('phraseNeeds', () => {
  it('finds a word every match must hold after its first, through optional parts', () => {
    expect(needsOf("(?:i|we) (?:\\w+ )?buy it for \\d+")?.words).toEqual(['buy']);
    expect(needsOf('(?:can|could) you (?:go|come) (?:any )?lower')?.words).toEqual(['lower']);
    // An apostrophe cuts the word: the tokenizer keeps "times" apart from the apostrophe after it.
    expect(needsOf("for old times' sake")?.words).toEqual(['times']);
    // Each alternative needs a word of its own.
    expect(needsOf('(?:give|offer) (?:me|us) (?:a discount|money off)')?.words).toEqual(['discount', 'money']);
  });

  it('bounds the length of a match', () => {
    expect(needsOf('pay (?:\\w+ )?later')?.reach).toBe(3 + 4 + (24 + 4) + 5);
  });

  it('gives up where no word is sure', () => {
    expect(needsOf('refund')).toBeUndefined(); // one word: the one it is tried at
    expect(needsOf('(?:asap|as soon as possible)')).toBeUndefined(); // "asap" needs nothing more
    expect(needsOf('pay \\d+ (?:now|me)')).toBeUndefined(); // "me" is too short to look for
    expect(needsOf('price ?list')).toBeUndefined(); // "list" may be glued to "price": no word start
    expect(needsOf("pay (?:it|more) \\w*")).toBeUndefined(); // a match of any length
  });
});

/** A random string the parsed phrase accepts (lookarounds aside: the caller checks with the regex). */
function sample(alts: readonly Seq[], rand: () => number): string | undefined {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789 '$€£.,:-/%#&"];
  let out = '';
  for (const { atom, lo, hi } of pick(alts)) {
    const times = lo + Math.floor(rand() * (Math.min(hi, lo + 2) - lo + 1));
    for (let k = 0; k < times; k++) {
      if (atom.t === 'char') out += atom.c;
      else if (atom.t === 'space') out += rand() < 0.8 ? ' ' : '\n';
      else if (atom.t === 'one') {
        const re = new RegExp(`^${atom.src}$`);
        const fits = CHARS.filter((c) => re.test(c));
        if (fits.length === 0) return undefined;
        out += pick(fits);
      } else if (atom.t === 'group') {
        const inner = sample(atom.alt, rand);
        if (inner === undefined) return undefined;
        out += inner;
      }
    }
  }
  return out;
}

describe('a phrase skipped for want of its words could never have matched', () => {
  for (const [lang, lexicon] of [['en', en], ['nl', nl]] as const) {
    it(`holds for random matches of every ${lang} phrase`, () => {
      const rand = seededRandom(7);
      let phrases = 0, withNeeds = 0, tried = 0;
      for (const flag of FLAG_IDS) {
        for (const phrase of [...lexicon.flags[flag].strong, ...(lexicon.flags[flag].withAsk ?? [])]) {
          phrases++;
          const source = compileSource(phrase);
          const needs = phraseNeeds(source);
          if (!needs) continue;
          withNeeds++;
          const re = new RegExp(`(?:${source})(?![a-z0-9])`, 'y');
          const alts = parsePhrase(source);
          for (let n = 0; n < 12; n++) {
            const s = sample(alts, rand);
            if (s === undefined || !/^[a-z]/.test(s)) continue;
            const text = `ok ${s} ok.`;
            re.lastIndex = 3;
            const m = re.exec(text);
            if (!m) continue; // a lookaround said no
            const { tokens } = tokenize(text);
            if (tokens[1]?.start !== 3) continue;
            tried++;
            expect(m[0].length, `${phrase}: "${s}"`).toBeLessThanOrEqual(needs.reach);
            expect(new WordPlaces(tokens).anyAfter(needs, 1, 3), `${phrase}: "${s}"`).toBe(true);
          }
        }
      }
      // Most phrases are skipped somewhere, and the test saw thousands of their matches.
      expect(withNeeds / phrases).toBeGreaterThan(0.8);
      expect(tried).toBeGreaterThan(withNeeds * 6);
    });
  }

  it('finds the word only after the token tried, within reach', () => {
    const { tokens } = tokenize('buy it now, or I will buy it later');
    const needs = needsOf('(?:i|we) (?:\\w+ )?buy it')!;
    const places = new WordPlaces(tokens);
    const i = tokens.findIndex((t) => t.norm === 'i');
    expect(places.anyAfter(needs, i, tokens[i]!.start)).toBe(true);
    // Past the last "buy", and too far from a word that stands before it.
    const it2 = tokens.findIndex((t, k) => k > i && t.norm === 'it');
    expect(places.anyAfter(needs, it2, tokens[it2]!.start)).toBe(false);
    const { tokens: far } = tokenize(`i ${'very '.repeat(10)}buy it`);
    expect(new WordPlaces(far).anyAfter(needs, 0, far[0]!.start)).toBe(false);
  });

  it('reads again from an earlier token after a later one, as the calm readings ask', () => {
    const needs = needsOf('(?:i|we) (?:\\w+ )?buy it')!;
    const { tokens } = tokenize('i will buy it soon. later i buy it again.');
    const places = new WordPlaces(tokens);
    const at = (k: number) => places.anyAfter(needs, k, tokens[k]!.start);
    const [first, second] = tokens.flatMap((t, k) => (t.norm === 'i' ? [k] : []));
    expect(at(second!)).toBe(true);
    expect(at(tokens.length - 1)).toBe(false);
    expect(at(first!)).toBe(true);
  });

  it('cannot tell, so says yes, once another text was read', () => {
    const needs = needsOf('(?:i|we) (?:\\w+ )?buy it')!;
    const old = new WordPlaces(tokenize('i never buy it').tokens);
    new WordPlaces(tokenize('buy nothing here').tokens); // notes its own place of "buy" on the shared record
    expect(old.anyAfter(needs, 0, 0)).toBe(true);
  });
});
