import { describe, expect, test } from 'vitest';
import { countSyllables, readability, sentences, syllablesEn, syllablesNl, words } from '../../../src/replies/readability';

describe('English syllables', () => {
  test.each([
    ['a', 1], ['the', 1], ['cat', 1], ['make', 1], ['quote', 1], ['asked', 1], ['makes', 1], ['hour', 1], ['your', 1],
    ['while', 1], ['called', 1], ['goes', 1], ['rate', 1], ['times', 1], ['there', 1], ['work', 1], ['price', 1],
    ['table', 2], ['simple', 2], ['wanted', 2], ['needed', 2], ['boxes', 2], ['changes', 2], ['places', 2], ['agreed', 2],
    ['value', 2], ['being', 2], ['going', 2], ['paying', 2], ['likely', 2], ['careful', 2], ['statement', 2], ['people', 2],
    ['little', 2], ['yellow', 2], ['project', 2], ['honest', 2], ['option', 2], ['budget', 2], ['payment', 2], ['respect', 2],
    ['agreement', 3], ['radio', 3], ['period', 3], ['media', 3], ['serious', 3], ['deliver', 3], ['understand', 3], ['opinion', 3],
    ['professional', 4], ['understanding', 4], ['comfortable', 4], ['every', 3],
  ])('%s has %i', (word, n) => {
    expect(syllablesEn(word)).toBe(n);
  });

  test('is right on average over ordinary prose', () => {
    // Hand count of the passage: 45 syllables.
    const passage = 'Thank you for your message. I understand you would like a lower price. My rate stays the same for every client, so the price in the quote stands. We could make the project smaller instead.';
    const total = words(passage).reduce((s, w) => s + syllablesEn(w), 0);
    expect(Math.abs(total - 45)).toBeLessThanOrEqual(3);
  });
});

describe('Dutch syllables', () => {
  test.each([
    ['je', 1], ['geen', 1], ['uur', 1], ['nieuw', 1], ['leeuw', 1], ['prijs', 1], ['werk', 1], ['graag', 1], ['mooi', 1], ['groet', 1],
    ['bericht', 2], ['bedankt', 2], ['moeilijk', 2], ['offerte', 3], ['ideeën', 3], ['uitvoeren', 3], ['afspraak', 2], ['tarief', 2],
    ['aanbetaling', 4], ['vriendelijke', 4], ['samenwerking', 4], ['realistische', 5], ['werkdag', 2], ['zondag', 2], ['ruïne', 3],
    ['overeenkomst', 4], ['voorwaarden', 3], ['eerlijk', 2], ['beloven', 3], ['duidelijk', 3],
  ])('%s has %i', (word, n) => {
    expect(syllablesNl(word)).toBe(n);
  });
});

test('numbers count as at least one syllable per digit, up to four', () => {
  expect(countSyllables('20', 'en')).toBe(2);
  expect(countSyllables('3.000', 'nl')).toBe(4);
  expect(countSyllables('2025', 'en')).toBe(4);
});

test('words keep inner apostrophes, hyphens and number marks together', () => {
  expect(words("I don't e-mail €3,000 or 9.00 uur.")).toEqual(['I', "don't", 'e-mail', '3,000', 'or', '9.00', 'uur']);
  expect(words('… — !')).toEqual([]);
});

test('sentences split at end marks and line breaks', () => {
  expect(sentences('Hi Anna,\n\nThanks. Is that all? Yes.\nKind regards,')).toEqual(['Hi Anna,', 'Thanks.', 'Is that all?', 'Yes.', 'Kind regards,']);
});

describe('reading ease', () => {
  test('plain English scores high, dense English low', () => {
    expect(readability('The cat sat on the mat. We had a good day. I will send it to you soon.', 'en').score).toBeGreaterThan(90);
    expect(
      readability('Notwithstanding contractual obligations, organisational considerations necessitate comprehensive reconsideration of deliverables.', 'en').score,
    ).toBeLessThan(0);
  });

  test('plain Dutch scores high, dense Dutch low', () => {
    expect(readability('Dank voor je bericht. Ik stuur je morgen de tekst. Dan kun je kijken of het goed is.', 'nl').score).toBeGreaterThan(80);
    expect(
      readability('Overeenkomstig de contractuele verplichtingen noodzaken organisatorische overwegingen een allesomvattende herbeoordeling van de opleveringen.', 'nl').score,
    ).toBeLessThan(0);
  });

  test('reports its counts', () => {
    expect(readability('One two three. Four five.', 'en')).toMatchObject({ words: 5, sentences: 2 });
  });

  test('empty text does not divide by zero', () => {
    expect(Number.isFinite(readability('', 'en').score)).toBe(true);
  });
});
