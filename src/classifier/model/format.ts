/**
 * The trained model as it ships: a feature vocabulary and sparse int8 weights per flag, base64-packed so
 * the bundle stays small. Written by `npm run train`, read by 04-score.ts.
 */
import { FLAG_IDS } from '../../shared/types';

export interface PackedModel {
  version: 2;
  flags: readonly string[];
  /** One bias per flag. */
  bias: number[];
  /** Weight = int8 value × scale. */
  scale: number;
  /**
   * Feature names in row order (sorted), front-coded: each line starts with one character whose
   * code minus 48 is how many leading characters it shares with the line before (see frontCode).
   * Most names are word pairs sharing their first word with the previous name: a fifth fewer bytes
   * after gzip than the names in full.
   */
  vocab: string;
  /**
   * Which flags each feature weighs for, base64: per feature, a 16-bit little-endian mask of flag
   * indices. Most words matter for one or two flags, so the weights are sparse.
   */
  flagMasks: string;
  /**
   * The weights, base64: one int8 per set bit of the masks, feature by feature, flags in ascending
   * order. Masks and weights apart compress better than interleaved (measured: 18 % fewer gzip bytes).
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

/** The most leading characters a name may share with the one before (its count is one character from '0'). */
const MAX_SHARED = 60;

/** Front coding of sorted names (see PackedModel.vocab). */
export function frontCode(names: readonly string[]): string {
  let prev = '';
  return names.map((n) => {
    let p = 0;
    while (p < MAX_SHARED && p < prev.length && p < n.length && prev[p] === n[p]) p++;
    prev = n;
    return String.fromCharCode(48 + p) + n.slice(p);
  }).join('\n');
}

/** The names back from frontCode's text. */
export function frontDecode(coded: string): string[] {
  let prev = '';
  return coded.split('\n').map((line) => (prev = prev.slice(0, line.charCodeAt(0) - 48) + line.slice(1)));
}

/** Pack sparse rows (flag index, int8 weight; flags ascending) as masks and weights. */
export function packRows(rows: readonly (readonly [number, number])[][]): { flagMasks: string; weights: string } {
  const masks = new Uint8Array(rows.length * 2);
  const weights: number[] = [];
  rows.forEach((entries, r) => {
    let mask = 0;
    for (const [k, q] of entries) { mask |= 1 << k; weights.push(q & 0xff); }
    masks[2 * r] = mask & 0xff;
    masks[2 * r + 1] = mask >> 8;
  });
  return { flagMasks: toBase64(masks), weights: toBase64(Uint8Array.from(weights)) };
}

export function loadModel(packed: PackedModel): LoadedModel {
  if (packed.flags.join() !== FLAG_IDS.join() || packed.version !== 2) throw new Error('model was trained for other flags or an older format: run npm run train');
  const names = frontDecode(packed.vocab);
  const masks = fromBase64(packed.flagMasks);
  const bytes = fromBase64(packed.weights);
  const rowStart = new Int32Array(names.length + 1);
  const rowFlag = new Uint8Array(bytes.length);
  const rowWeight = new Float32Array(bytes.length);
  let e = 0;
  for (let row = 0; row < names.length; row++) {
    rowStart[row] = e;
    for (let mask = masks[2 * row]! | (masks[2 * row + 1]! << 8), k = 0; mask; mask >>= 1, k++) {
      if (!(mask & 1)) continue;
      rowFlag[e] = k;
      rowWeight[e] = ((bytes[e]! << 24) >> 24) * packed.scale; // int8
      e++;
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
