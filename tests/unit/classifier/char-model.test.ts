/** The letter model (char-model.ts): its pieces, its table, and what it adds to the decision. */
import { describe, expect, test } from 'vitest';
import { CHAR_FLAGS, charLogit, loadCharModel, slot, wordGrams, type PackedCharModel } from '../../../src/classifier/char-model';
import { analyzeWith, DEFAULT_DECISION, getLetterModel } from '../../../src/classifier/index';
import { loadModel } from '../../../src/classifier/model/format';
import { MODEL } from '../../../src/classifier/model/model.generated';
import { CHAR_MODEL } from '../../../src/classifier/model/char-model.generated';
import { trainCharModel } from '../../../src/classifier/training/train-char-model';
import { wordOf } from '../../../src/classifier/words';
import { FLAG_IDS } from '../../../src/shared/types';
import { readCorpusDir } from '../../../src/classifier/training/corpus';
import { evaluate } from '../../../src/classifier/training/evaluate';
import { join } from 'node:path';

describe('pieces of words', () => {
  test('a word gives its pieces of three to five characters, spaces around it counted', () => {
    // " fee " has 3 pieces of 3, 2 of 4 and 1 of 5.
    expect(wordGrams('fee')).toHaveLength(6);
    expect(new Set(wordGrams('fee')).size).toBe(6);
  });
  test('a one-letter word still counts, as itself', () => {
    expect(wordGrams('a')).toHaveLength(1);
  });
  test('the same piece hashes the same wherever it stands, so related words share weights', () => {
    const shared = [...wordGrams('refund')].filter((h) => wordGrams('refunds').includes(h));
    expect(shared.length).toBeGreaterThanOrEqual(10);
  });
  test('every slot lies in the table, and the flags read different slots', () => {
    const mask = (1 << 15) - 1;
    for (const h of wordGrams('korting')) {
      const slots = new Set(FLAG_IDS.map((_, k) => slot(h, k, mask)));
      for (const s of slots) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(mask);
      }
      expect(slots.size).toBeGreaterThan(8);
    }
  });
});

describe('the shipped table', () => {
  test('holds 2^bits weights and one bias per flag', () => {
    const m = getLetterModel();
    expect(m.table.length).toBe(1 << CHAR_MODEL.bits);
    expect(m.bias).toHaveLength(CHAR_FLAGS);
    expect(CHAR_FLAGS).toBe(FLAG_IDS.length);
  });
  test('a window scores as the sum of its words over the square root of its pieces', () => {
    const m = getLetterModel();
    const words = ['give', 'me', 'a', 'refund'].map(wordOf);
    const tokens = words.map((word) => ({ word }));
    const k = FLAG_IDS.indexOf('refund_demand');
    let total = 0, pieces = 0;
    for (const w of words) {
      for (const h of wordGrams(w.norm)) total += m.table[slot(h, k, m.mask)]!;
      pieces += wordGrams(w.norm).length;
    }
    expect(charLogit(tokens, m, k, 0, 4)).toBeCloseTo(m.bias[k]! + total / Math.sqrt(pieces), 4);
    expect(charLogit(tokens, m, k, 2, 2)).toBe(m.bias[k]);
  });
  test('it learned the flags: a refund demand leans to refund, a calm thank-you does not', () => {
    const m = getLetterModel();
    const k = FLAG_IDS.indexOf('refund_demand');
    const score = (text: string) => {
      const tokens = text.toLowerCase().split(' ').map((w) => ({ word: wordOf(w) }));
      return charLogit(tokens, m, k, 0, tokens.length);
    };
    expect(score('i want my money back now')).toBeGreaterThan(score('thanks for the lovely photos yesterday'));
    expect(score('ik wil mijn geld terug')).toBeGreaterThan(score('bedankt voor de mooie fotos'));
  });
});

describe('training', () => {
  test('is deterministic and learns a toy corpus', () => {
    const corpus = [
      ...['i demand my money back', 'refund me now', 'give me my money back today', 'i want a refund'].map((text) => ({ text, labels: ['refund_demand' as const], lang: 'en' as const, source: 't' })),
      ...['thanks for the photos', 'see you on monday', 'the meeting moved to friday', 'lovely work as always'].map((text) => ({ text, labels: [], lang: 'en' as const, source: 't' })),
    ];
    const a: PackedCharModel = trainCharModel(corpus, { bits: 12, epochs: 30 });
    expect(trainCharModel(corpus, { bits: 12, epochs: 30 })).toEqual(a);
    const m = loadCharModel(a);
    const k = FLAG_IDS.indexOf('refund_demand');
    const score = (text: string) => {
      const tokens = text.split(' ').map((w) => ({ word: wordOf(w) }));
      return charLogit(tokens, m, k, 0, tokens.length);
    };
    expect(score('money back please')).toBeGreaterThan(0);
    expect(score('see you friday')).toBeLessThan(0);
  });
});

describe('in the decision', () => {
  const model = loadModel(MODEL);
  const wordsOnly = { ...DEFAULT_DECISION, letterGate: Infinity, letterCut: Infinity };
  test('the letters only ever add a flag the word model leans to, never remove one', () => {
    const texts = [
      'Could you also do the flyers and the banner? Same design, so it should be quick.',
      'Kun je de flyers en de banner ook even doen? Zelfde ontwerp, dus dat is zo gepiept.',
      'Thanks for the invoice, paid today.',
      'We would like the report by Friday if that works for you.',
    ];
    for (const t of texts) {
      const without = analyzeWith(model, wordsOnly, t).flags.map((f) => f.id);
      const withLetters = analyzeWith(model, DEFAULT_DECISION, t, {}, getLetterModel()).flags.map((f) => f.id);
      for (const id of without) expect(withLetters).toContain(id);
    }
  });
  test('on the held-out test corpus the letters catch demands the words alone miss, at little cost in false alarms', () => {
    const rows = (['en', 'nl'] as const).flatMap((lang) => readCorpusDir(join(__dirname, '..', '..', 'fixtures', 'corpus', lang), lang));
    const score = (letters: boolean) => evaluate(rows.map((r) => ({
      lang: r.lang, gold: r.labels,
      predicted: (letters ? analyzeWith(model, DEFAULT_DECISION, r.text, {}, getLetterModel()) : analyzeWith(model, wordsOnly, r.text)).flags.map((f) => f.id),
    })), 1);
    const [before, after] = [score(false), score(true)];
    expect(after.anyFlag.recall - before.anyFlag.recall).toBeGreaterThan(0.02);
    expect(after.falseAlarmRate - before.falseAlarmRate).toBeLessThan(0.02);
    expect(after.macroF1).toBeGreaterThan(before.macroF1);
  });
  test('without a letter model the rule is the word model alone', () => {
    const t = 'The mix sounds good. Now can you master the other four tracks on the EP? Same vibe.';
    expect(analyzeWith(model, DEFAULT_DECISION, t).flags).toEqual(analyzeWith(model, wordsOnly, t).flags);
  });
});
