/** The shipped model's packing (model/format.ts): what training writes is what the analysis reads. */
import { describe, expect, test } from 'vitest';
import { fromWeightText, frontCode, frontDecode, loadModel, packRows, packVocab, STEM_KINDS, toWeightText, unpackVocab, type PackedModel } from '../../../src/classifier/model/format';
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

  test('the shipped vocabulary decodes to distinct, well-formed names: named features first, then single stems, then pairs', () => {
    const names = unpackVocab(MODEL.vocab);
    expect(names.length).toBe(MODEL.trainedOn.features);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^(?:[wbxn]|s[12]|[pg]):\S|^@/);
    const kinds = names.map((n) => (n.startsWith('b:') ? 2 : /^(?:w|s1|s2|x):/.test(n) ? 1 : 0));
    expect([...kinds].sort()).toEqual(kinds);
    // Thousands of word pairs, each spelled by the numbers of two stems.
    expect(kinds.filter((k) => k === 2).length).toBeGreaterThan(1000);
  });
});

describe('feature names by stem number', () => {
  const names = ['w:prijs', 'b:te_duur', '@money', 'b:te_veel', 's1:korting', 'p:threat', 'b:geen_reactie', 'x:duur', 'w:te', 'b:duur_zeg', 'w:privé', 'n:refund_demand', 'b:te_prijs'];

  test('every name comes back, each stem spelled once, and `order` says which input name each row is', () => {
    const { vocab, order } = packVocab(names);
    expect([...order].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    expect(unpackVocab(vocab)).toEqual(order.map((i) => names[i]));
    expect(frontDecode(vocab.stems)).toEqual(['duur', 'geen', 'korting', 'prijs', 'privé', 'reactie', 'te', 'veel', 'zeg']);
    // Pairs sharing a first stem are one line: "te" starts three.
    expect(vocab.pairs.split('\n')).toHaveLength(3);
    expect(unpackVocab(vocab).slice(0, 3)).toEqual(['@money', 'n:refund_demand', 'p:threat']);
  });

  test('a vocabulary of only named features, or of only pairs, packs and comes back', () => {
    for (const list of [['@a', 'p:b'], ['b:x_y', 'b:y_x', 'b:a_a']]) {
      const { vocab, order } = packVocab(list);
      expect(unpackVocab(vocab)).toEqual(order.map((i) => list[i]));
    }
  });

  test('the loader finds every feature of the shipped model at the row its name has', () => {
    const m = loadModel(MODEL);
    unpackVocab(MODEL.vocab).forEach((name, row) => {
      const kind = STEM_KINDS.findIndex((k) => name.startsWith(k));
      if (kind >= 0) expect(m.byStem.get(name.slice(STEM_KINDS[kind]!.length))!.rows[kind]).toBe(row);
      else if (name.startsWith('b:')) {
        const cut = name.indexOf('_', 2);
        const second = m.byStem.get(name.slice(cut + 1))!;
        expect(m.byStem.get(name.slice(2, cut))!.pairs!.get(second.id)).toBe(row);
      } else expect(m.index.get(name)).toBe(row);
    });
    expect(m.rowStart.length).toBe(MODEL.trainedOn.features + 1);
  });

  test('the packed names of the shipped model take far fewer bytes than the names in full', () => {
    const all = unpackVocab(MODEL.vocab);
    const packed = MODEL.vocab.stems.length + MODEL.vocab.named.length + MODEL.vocab.singles.length + MODEL.vocab.pairs.length;
    expect(packed).toBeLessThan(frontCode([...all].sort()).length * 0.8);
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
      ...MODEL, scale: 0.5, vocab: packVocab(['@a', '@b', '@c', '@d']).vocab, ...packRows(rows),
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
