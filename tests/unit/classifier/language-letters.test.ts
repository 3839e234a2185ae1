/** The language letters (language-letters.ts): how a short message's letters tell Dutch from English. */
import { describe, expect, test } from 'vitest';
import { letterLean, letterPieces, loadLanguageLetters } from '../../../src/classifier/language-letters';
import { LANGUAGE_LETTERS } from '../../../src/classifier/model/language-letters.generated';
import { trainLanguageLetters } from '../../../src/classifier/training/train-language-letters';
import { detectLanguage } from '../../../src/classifier/02-language';
import { tokenize } from '../../../src/classifier/tokenize';
import { wordOf } from '../../../src/classifier/words';
import type { Example } from '../../../src/classifier/training/corpus';

const example = (text: string, lang: 'en' | 'nl'): Example => ({ text, lang, labels: [], source: 'test' });

describe('pieces', () => {
  test('a word gives its pieces of three letters, the spaces around it counted', () => {
    const pieces = [...letterPieces('fee')];
    expect(pieces).toHaveLength(3); // " fe", "fee", "ee "
  });
});

describe('training', () => {
  // Words written for this test: Dutch with "ij", "sch", "-lijk"; English with "th", "wh", "-ly".
  const corpus = [
    example('wij schrijven vrijdag een schriftelijk bericht', 'nl'),
    example('zij blijven vriendelijk en eerlijk', 'nl'),
    example('the weather was rather smooth and thoroughly worthy', 'en'),
    example('whether they think this is truly with them', 'en'),
  ];
  const letters = loadLanguageLetters(trainLanguageLetters(corpus, { bits: 12 }));
  test('the table has 2^bits weights', () => {
    expect(letters.table).toHaveLength(1 << 12);
  });
  test('a word made of pieces seen in Dutch leans to Dutch, one of English pieces to English', () => {
    expect(letterLean(wordOf('schrijflijk'), letters)).toBeGreaterThan(0);
    expect(letterLean(wordOf('thither'), letters)).toBeLessThan(0);
  });
  test('numbers and ids with digits in them say nothing', () => {
    expect(letterLean(wordOf('#num'), letters)).toBe(0);
    expect(letterLean(wordOf('xk#qz#'), letters)).toBe(0);
  });
  test('no word leans more than a few function words: a long hashtag or name cannot outvote the rest', () => {
    const long = 'schrijflijkvrijdagschriftelijkvriendelijkblijven';
    expect(letterLean(wordOf(long), letters)).toBeGreaterThan(0);
    expect(letterLean(wordOf(long), letters)).toBeLessThanOrEqual(4);
  });
  test('the same corpus gives the same table', () => {
    expect(trainLanguageLetters(corpus, { bits: 12 })).toEqual(trainLanguageLetters(corpus, { bits: 12 }));
  });
});

describe('the shipped table decides when function words do not', () => {
  const shipped = loadLanguageLetters(LANGUAGE_LETTERS);
  const lang = (text: string) => detectLanguage(text, tokenize(text).tokens, shipped);
  test.each([
    ['Betaling ontvangen', 'nl'],
    ['Verzending inbegrepen?', 'nl'],
    ['Shipping included?', 'en'],
    ['Thanks, forwarded', 'en'],
  ] as const)('%s → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });
  test('with clear function words the letters are not asked', () => {
    // Dutch-looking names in an English sentence: "the", "is", "with", "and" decide.
    expect(lang('The meeting with Van Schijndel and Huijbrechts is on Tuesday')).toBe('en');
  });
});
