/**
 * The trained model as it ships: a feature vocabulary and sparse int8 weights per flag, base64-packed so
 * the bundle stays small. Written by `npm run train`, read by 04-score.ts.
 */
import { FLAG_IDS } from '../../shared/types';

export interface PackedModel {
  version: 3;
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
   * Which flags each feature weighs for: per feature, the letters of its flags ('a' is the first
   * flag), features separated by commas. Most words matter for one or two flags, so the weights
   * are sparse. (Measured: 5 % fewer gzip bytes than 16-bit masks in base64.)
   */
  rowFlags: string;
  /**
   * The weights as text (see toWeightText): one per flag letter, feature by feature. Flags and
   * weights apart compress better than interleaved (measured: 18 % fewer gzip bytes).
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

/**
 * The characters of small weights: printable ASCII from '#' on, without the backslash (which JSON
 * would escape). A weight from -45 to 45 is one of them; any other int8 is '!' and two hex digits.
 * Base64 hid the weights' skew from gzip (its characters cut across bytes): as text, the word
 * model's weights take 25 % fewer gzip bytes and the letter model's 21 % fewer (measured).
 */
const WEIGHT_CHARS = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i)).filter((c) => c !== '\\').join('');
const WEIGHT_ZERO = 45;
const WEIGHT_ESCAPE = '!';
/** Each weight character's value, by its char code (derived from WEIGHT_CHARS, so the two cannot drift). */
const WEIGHT_OF = new Int8Array(128);
for (let i = 0; i < WEIGHT_CHARS.length; i++) WEIGHT_OF[WEIGHT_CHARS.charCodeAt(i)] = i - WEIGHT_ZERO;

export function toWeightText(values: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < -128 || v > 127) throw new Error(`weight ${v} is not an int8`);
    out += v >= -WEIGHT_ZERO && v <= WEIGHT_ZERO ? WEIGHT_CHARS[v + WEIGHT_ZERO] : WEIGHT_ESCAPE + (v & 0xff).toString(16).padStart(2, '0');
  }
  return out;
}

/**
 * Weights as whole multiples of a scale in [-levels, levels]. The scale is set by all but the
 * largest `outliers` share of the weights, so a few extremes (clipped) do not flatten the rest;
 * with `outliers` 0, by the largest weight.
 */
export function quantize(weights: ArrayLike<number>, levels: number, outliers: number): { scale: number; values: Int8Array } {
  const sorted = Float64Array.from(weights, Math.abs).sort();
  const top = Math.min(sorted.length - 1, Math.floor(sorted.length * (1 - outliers)));
  const scale = Math.max(1e-6, sorted[top] ?? 0) / levels;
  return { scale, values: Int8Array.from(weights, (w) => Math.max(-levels, Math.min(levels, Math.round(w / scale)))) };
}

export function fromWeightText(text: string): Int8Array {
  const out = new Int8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === WEIGHT_ESCAPE) {
      out[n++] = (parseInt(text.slice(i + 1, i + 3), 16) << 24) >> 24;
      i += 2;
      continue;
    }
    out[n++] = WEIGHT_OF[text.charCodeAt(i)]!;
  }
  return out.subarray(0, n);
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

/** Pack sparse rows (flag index, int8 weight; flags ascending) as flag letters and weights. */
export function packRows(rows: readonly (readonly [number, number])[][]): { rowFlags: string; weights: string } {
  const weights: number[] = [];
  const rowFlags = rows.map((entries) => entries.map(([k, q]) => { weights.push(q); return String.fromCharCode(97 + k); }).join('')).join(',');
  return { rowFlags, weights: toWeightText(weights) };
}

export function loadModel(packed: PackedModel): LoadedModel {
  if (packed.flags.join() !== FLAG_IDS.join() || packed.version !== 3) throw new Error('model was trained for other flags or an older format: run npm run train');
  const names = frontDecode(packed.vocab);
  const flags = packed.rowFlags.split(',');
  const values = fromWeightText(packed.weights);
  if (flags.length !== names.length) throw new Error('model rows and names disagree: run npm run train');
  const rowStart = new Int32Array(names.length + 1);
  const rowFlag = new Uint8Array(values.length);
  const rowWeight = new Float32Array(values.length);
  let e = 0;
  for (let row = 0; row < names.length; row++) {
    rowStart[row] = e;
    const letters = flags[row]!;
    for (let j = 0; j < letters.length; j++, e++) {
      rowFlag[e] = letters.charCodeAt(j) - 97;
      rowWeight[e] = values[e]! * packed.scale;
    }
  }
  if (e !== values.length) throw new Error('model weights and flags disagree: run npm run train');
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
