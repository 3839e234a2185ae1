/**
 * Abuse in disguise: hate-speech test suites hide the decisive word by swapping two letters,
 * leaving one out, spacing its letters, writing digits for letters, or gluing it to the word
 * before. Each abusive line of the own test corpus that Kalm catches is disguised each way in
 * its longest evidence word; the share still caught must stay near what was measured (README).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import { readCorpusDir } from '../../../src/classifier/training/corpus';

const DIR = join(__dirname, '..', '..', 'fixtures', 'corpus');
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5' };

const DISGUISES: Record<string, (word: string) => string> = {
  'two letters swapped': (w) => w[0] + w[2]! + w[1]! + w.slice(3),
  'last two letters swapped': (w) => w.slice(0, -2) + w[w.length - 1] + w[w.length - 2],
  'a letter left out': (w) => w.slice(0, 2) + w.slice(3),
  'letters spaced out': (w) => w.split('').join(' '),
  'a digit for a letter': (w) => { const i = [...w].findIndex((c) => LEET[c]); return i < 0 ? w : w.slice(0, i) + LEET[w[i]!] + w.slice(i + 1); },
};
/** Measured when written (79 caught lines; 57 with a word before): 85, 82, 59, 91, 90 and 60 %. */
const FLOORS: Record<string, number> = {
  'two letters swapped': 0.75, 'last two letters swapped': 0.72, 'a letter left out': 0.5,
  'letters spaced out': 0.85, 'a digit for a letter': 0.8, 'glued to the word before': 0.5,
};

const isAbuse = (text: string, lang: 'en' | 'nl') => analyze(text, { lang }).flags.some((f) => f.id === 'abusive_language');

describe('abuse is still caught in disguise', () => {
  const cases: { text: string; lang: 'en' | 'nl'; at: number; word: string }[] = [];
  for (const lang of ['en', 'nl'] as const) {
    for (const r of readCorpusDir(join(DIR, lang), lang)) {
      if (!r.labels.includes('abusive_language')) continue;
      const flag = analyze(r.text, { lang }).flags.find((f) => f.id === 'abusive_language');
      const words = flag?.evidence.map((e) => e.text).join(' ').match(/\p{L}{4,}/gu);
      if (!words) continue;
      const word = words.sort((x, y) => y.length - x.length)[0]!;
      const at = r.text.indexOf(word);
      if (at >= 0) cases.push({ text: r.text, lang, at, word });
    }
  }
  test('on enough caught lines to measure', () => expect(cases.length).toBeGreaterThanOrEqual(60));
  test.each(Object.entries(DISGUISES))('%s', (name, disguise) => {
    const kept = cases.filter((c) => isAbuse(c.text.slice(0, c.at) + disguise(c.word) + c.text.slice(c.at + c.word.length), c.lang)).length;
    expect(kept / cases.length).toBeGreaterThanOrEqual(FLOORS[name]!);
  });
  test('glued to the word before', () => {
    const glued = cases.filter((c) => /\p{L} $/u.test(c.text.slice(0, c.at)));
    const kept = glued.filter((c) => isAbuse(c.text.slice(0, c.at - 1) + c.text.slice(c.at), c.lang)).length;
    expect(kept / glued.length).toBeGreaterThanOrEqual(FLOORS['glued to the word before']!);
  });
});
