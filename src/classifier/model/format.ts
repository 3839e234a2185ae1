/**
 * The trained model as it ships: a feature vocabulary and int8 weights per flag, base64-packed so
 * the bundle stays small. Written by `npm run train`, read by 04-score.ts.
 */
import { FLAG_IDS } from '../../shared/types';

export interface PackedModel {
  version: 1;
  flags: readonly string[];
  /** One bias per flag. */
  bias: number[];
  /** Weight = int8 value × scale. */
  scale: number;
  /** Feature names, newline-separated, in row order. */
  vocab: string;
  /**
   * Sparse int8 weights, base64: per feature, a count n, then n pairs (flag index, weight).
   * Most words matter for one or two flags, so this holds three times the words of a dense table.
   */
  weights: string;
  /** Probability at or above which a flag is raised, per flag (normal sensitivity). */
  thresholds: number[];
  /** What it was trained on, for the record. */
  trainedOn: { examples: number; features: number; perFlag: Record<string, number> };
}

export interface LoadedModel {
  /** Rows of the features found by name: phrases (p:, n:) and marks (@…); the rest are in byStem. */
  index: Map<string, number>;
  /**
   * The weights, sparse: row r's entries are rowFlag/rowWeight[rowStart[r] .. rowStart[r + 1]).
   * Most rows weigh for one or two flags, so scoring walks these rather than all eleven.
   */
  rowStart: Int32Array;
  rowFlag: Uint8Array;
  rowWeight: Float32Array;
  /**
   * Per stem of the vocabulary, the rows of its features "w:", "s1:", "s2:", "x:" (-1 where the
   * model has none, see STEM_KINDS), and the rows of its pairs "b:a_b" by b's number. Stems are
   * strings the analysis already holds: one lookup per token finds all its word features, and a
   * pair is found by a small integer, without building or hashing the pair's name.
   */
  byStem: Map<string, StemEntry>;
  bias: Float32Array;
  thresholds: Float32Array;
}

export interface StemEntry {
  rows: Int32Array;
  /** The stem's number, the key of pairs it ends. */
  id: number;
  /** Rows of the pairs this stem starts, by the second stem's number (a small integer: V8's fastest key). */
  pairs: Map<number, number> | undefined;
}

export const FLAGS = FLAG_IDS.length;

/** Prefixes of the features made from a single stem, in the order of `LoadedModel.byStem`'s rows. */
export const STEM_KINDS = ['w:', 's1:', 's2:', 'x:'] as const;

export function fromBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function loadModel(packed: PackedModel): LoadedModel {
  if (packed.flags.join() !== FLAG_IDS.join()) throw new Error('model was trained for other flags: run npm run train');
  const names = packed.vocab.split('\n');
  const bytes = fromBase64(packed.weights);
  const rowStart = new Int32Array(names.length + 1);
  const rowFlag = new Uint8Array(bytes.length / 2);
  const rowWeight = new Float32Array(bytes.length / 2);
  let p = 0, e = 0;
  for (let row = 0; row < names.length; row++) {
    const n = bytes[p++]!;
    rowStart[row] = e;
    for (let j = 0; j < n; j++) {
      const flag = bytes[p++]!;
      const w = (bytes[p++]! << 24) >> 24; // int8
      rowFlag[e] = flag;
      rowWeight[e++] = w * packed.scale;
    }
  }
  rowStart[names.length] = e;
  const index = new Map<string, number>();
  const byStem = new Map<string, StemEntry>();
  const entry = (stem: string): StemEntry => {
    let e = byStem.get(stem);
    if (!e) byStem.set(stem, (e = { rows: new Int32Array(STEM_KINDS.length).fill(-1), id: byStem.size, pairs: undefined }));
    return e;
  };
  names.forEach((n, i) => {
    const colon = n.indexOf(':');
    const kind = (STEM_KINDS as readonly string[]).indexOf(n.slice(0, colon + 1));
    if (kind >= 0) entry(n.slice(colon + 1)).rows[kind] = i;
    else if (n.startsWith('b:')) {
      const cut = n.indexOf('_', 2);
      const first = entry(n.slice(2, cut));
      (first.pairs ??= new Map()).set(entry(n.slice(cut + 1)).id, i);
    } else index.set(n, i);
  });
  return {
    index,
    rowStart,
    rowFlag,
    rowWeight,
    byStem,
    bias: Float32Array.from(packed.bias),
    thresholds: Float32Array.from(packed.thresholds),
  };
}
