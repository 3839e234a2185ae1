/** The long-mail evaluation (`npm run eval -- --corpus --buried`) builds its emails honestly. */
import { describe, expect, test } from 'vitest';
import { buryAmong, BURIED_AMONG } from '../../../src/classifier/training/buried';

const fillers = [
  { text: 'See you on Tuesday.', lang: 'en' }, { text: 'The photos are attached.', lang: 'en' },
  { text: 'Thanks for the quick reply.', lang: 'en' }, { text: 'Tot dinsdag.', lang: 'nl' },
];
const rows = [
  { text: 'Can you do it for less?', lang: 'en', labels: ['discount_pressure'] },
  { text: 'See you on Tuesday.', lang: 'en', labels: [] },
  { text: 'Kan het goedkoper?', lang: 'nl', labels: ['discount_pressure'] },
  { text: 'Ça coûte trop cher.', lang: 'fr', labels: ['discount_pressure'] },
];

describe('a line buried in ordinary mail', () => {
  const out = buryAmong(rows, fillers);
  test('keeps its line once, among fillers of its own language, and its labels', () => {
    out.slice(0, 3).forEach((o, i) => {
      const parts = o.text.split('\n\n');
      expect(parts).toHaveLength(BURIED_AMONG + 1);
      expect(parts.filter((p) => p === rows[i]!.text)).toHaveLength(1);
      const own = fillers.filter((f) => f.lang === rows[i]!.lang && f.text !== rows[i]!.text).map((f) => f.text);
      expect(parts.filter((p) => p !== rows[i]!.text).every((p) => own.includes(p))).toBe(true);
      expect(o.labels).toEqual(rows[i]!.labels);
      expect(o.lang).toBe(rows[i]!.lang);
    });
  });
  test('is the same every run, and moves with the seed', () => {
    expect(buryAmong(rows, fillers)).toEqual(out);
    expect(buryAmong(rows, fillers, BURIED_AMONG, 2).map((o) => o.text)).not.toEqual(out.map((o) => o.text));
  });
  test('the line lands at different places', () => {
    const many = buryAmong(Array.from({ length: 40 }, () => rows[0]!), fillers);
    const places = new Set(many.map((o) => o.text.split('\n\n').indexOf(rows[0]!.text)));
    expect(places.size).toBeGreaterThan(3);
  });
  test('a language without ordinary mail to hide in is left as it was', () => {
    expect(out[3]).toEqual(rows[3]);
  });
});
