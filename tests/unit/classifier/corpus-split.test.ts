/**
 * The test corpus measures what the model learned only while no test line is also a training line.
 * Helper sessions and people add to both over time; this catches a line (or a copy with other
 * capitals, punctuation or spacing) that slipped into both.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpusDir } from '../../../src/classifier/training/corpus';

const ROOT = join(__dirname, '..', '..', '..');
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe.each(['en', 'nl'] as const)('the %s corpora', (lang) => {
  const train = readCorpusDir(join(ROOT, 'src', 'classifier', 'corpus', lang, 'train'), lang);
  const test_ = readCorpusDir(join(ROOT, 'tests', 'fixtures', 'corpus', lang), lang);
  test('share no line between training and test', () => {
    const seen = new Set(train.map((r) => key(r.text)));
    const shared = test_.filter((r) => seen.has(key(r.text))).map((r) => r.text);
    expect(shared).toEqual([]);
  });
  test('share no line between training and the long client emails', () => {
    const seen = new Set(train.map((r) => key(r.text)));
    const long = readCorpusDir(join(ROOT, 'tests', 'fixtures', 'long-mail'), lang).filter((r) => r.source === `${lang}.jsonl`);
    expect(long.length).toBeGreaterThan(0);
    expect(long.filter((r) => seen.has(key(r.text))).map((r) => r.text)).toEqual([]);
  });
  test('hold no line twice in the test corpus', () => {
    const keys = test_.map((r) => key(r.text));
    expect(keys.length - new Set(keys).size).toBe(0);
  });
});
