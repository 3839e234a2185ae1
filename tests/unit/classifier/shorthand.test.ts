/**
 * Chat shorthand ("can u do 40", "ur lowest", "im not paying", "stuur ff mn factuur") is read as
 * the words it stands for, so a marketplace or WhatsApp message is judged like the same message
 * written out. Measured when written: rewriting the own test corpus's English demands this way kept
 * 91.9 % of the flags caught before this reading, 95.1 % with it.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import { shorthandOf } from '../../../src/classifier/shorthand';
import { readCorpusDir } from '../../../src/classifier/training/corpus';

const flagsOf = (text: string) => analyze(text).flags.map((f) => f.id);

/** The message as typed on a phone: "u", "ur", "pls", contractions without their apostrophe. */
const chat = (t: string) => t.replace(/\byou\b(?!')/gi, 'u').replace(/\byour\b/gi, 'ur').replace(/\bplease\b/gi, 'pls')
  .replace(/\b(?:I'm|can't|don't|won't|isn't|didn't|doesn't|that's)\b/gi, (w) => w.replace("'", ''));

describe('shorthand', () => {
  test('stands for one word, per language; the Dutch polite "u" is itself', () => {
    expect(shorthandOf('u', 'en')).toBe('you');
    expect(shorthandOf('cant', 'en')).toBe("can't");
    expect(shorthandOf('cant', 'en', false)).toBeUndefined();
    expect(shorthandOf('ff', 'nl')).toBe('even');
    expect(shorthandOf('u', 'nl')).toBeUndefined();
    expect(shorthandOf('invoice', 'en')).toBeUndefined();
  });

  test.each([
    ['could u do 1800 for the car? cash today', 'discount_pressure'],
    ['im not paying u until the whole site works', 'payment_stalling'],
    ['i want ur guarantee in writing that it wont break again', 'guarantee_demand'],
  ] as const)('a demand in shorthand is caught: %s', (text, flag) => expect(flagsOf(text)).toContain(flag));

  test('"im asking 40" is the seller\'s voice, written out or not', () => {
    expect(flagsOf("I'm asking 40 for it, it's in great shape")).not.toContain('discount_pressure');
    expect(flagsOf('im asking 40 for it, its in great shape')).not.toContain('discount_pressure');
  });

  test('the own test corpus\'s English demands, typed as chat, keep their flags', () => {
    let caught = 0, kept = 0;
    for (const r of readCorpusDir(join(__dirname, '..', '..', 'fixtures', 'corpus', 'en'), 'en')) {
      const typed = chat(r.text);
      if (typed === r.text || r.labels.length === 0) continue;
      const before = flagsOf(r.text).filter((f) => r.labels.includes(f));
      const after = flagsOf(typed);
      caught += before.length;
      kept += before.filter((f) => after.includes(f)).length;
    }
    expect(caught).toBeGreaterThan(200);
    expect(kept / caught).toBeGreaterThanOrEqual(0.93);
  });
});
