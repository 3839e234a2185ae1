/** The shipped model's packing (model/format.ts): what training writes is what the analysis reads. */
import { describe, expect, test } from 'vitest';
import { fromWeightText, frontCode, frontDecode, loadModel, packRows, toWeightText, type PackedModel } from '../../../src/classifier/model/format';
import { CHAR_MODEL } from '../../../src/classifier/model/char-model.generated';
import { loadCharModel } from '../../../src/classifier/char-model';
import { MODEL } from '../../../src/classifier/model/model.generated';
import { FLAG_IDS } from '../../../src/shared/types';

describe('front-coded feature names', () => {
  test('sorted names come back exactly, including long shared prefixes, accents and empty-looking ones', () => {
    const long = 'b:' + 'x'.repeat(80);
    const names = ['@money', 'b:geen_reactie', 'b:geen_reactiе', 'b:geen_rechten', long + '_a', long + '_b', 'p:threat', 'w:privé', 'w:prive', 'x:a'];
    const coded = frontCode(names);
    expect(frontDecode(coded)).toEqual(names);
    // Shared prefixes are stored once: the coded form is much shorter than the names in full.
    expect(coded.length).toBeLessThan(names.join('\n').length - 60);
  });

  test('the shipped vocabulary decodes to sorted, distinct, well-formed names', () => {
    const names = frontDecode(MODEL.vocab);
    expect(names.length).toBe(MODEL.trainedOn.features);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort((a, b) => (a < b ? -1 : 1))).toEqual(names);
    for (const n of names) expect(n).toMatch(/^(?:[wbxn]|s[12]|[pg]):\S|^@/);
  });
});

describe('packed weights', () => {
  test('every int8 weight comes back from its text, and the text is JSON-safe and mostly one character a weight', () => {
    const all = Array.from({ length: 256 }, (_, i) => i - 128);
    const text = toWeightText(all);
    expect([...fromWeightText(text)]).toEqual(all);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(toWeightText([-45, 0, 45])).toHaveLength(3);
    expect(() => toWeightText([128])).toThrow(/int8/);
  });

  test('the shipped letter model loads a full table of small weights', () => {
    const m = loadCharModel(CHAR_MODEL);
    expect(m.table.length).toBe(1 << CHAR_MODEL.bits);
    const levels = new Set([...m.table].map((w) => Math.round(w / CHAR_MODEL.scale)));
    expect(levels.size).toBeGreaterThan(5);
    for (const l of levels) expect(Math.abs(l)).toBeLessThanOrEqual(7);
  });

  test('rows of flags and int8 weights load back to the same rows', () => {
    const rows: [number, number][][] = [[[0, 5]], [[2, -127], [10, 127]], [[1, -1], [3, 64], [9, -3]], FLAG_IDS.map((_, k) => [k, k - 5] as [number, number])];
    const packed: PackedModel = {
      ...MODEL, scale: 0.5, vocab: frontCode(['@a', '@b', '@c', '@d']), ...packRows(rows),
      trainedOn: { ...MODEL.trainedOn, features: rows.length },
    };
    const m = loadModel(packed);
    rows.forEach((row, r) => {
      const got: [number, number][] = [];
      for (let e = m.rowStart[r]!; e < m.rowStart[r + 1]!; e++) got.push([m.rowFlag[e]!, m.rowWeight[e]! / 0.5]);
      expect(got).toEqual(row);
    });
    expect(m.index.get('@c')).toBe(2);
  });

  test('a model in another format is refused rather than misread', () => {
    expect(() => loadModel({ ...MODEL, version: 1 } as unknown as PackedModel)).toThrow(/npm run train/);
  });
});
