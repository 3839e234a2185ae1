/**
 * The trained model as it ships: a feature vocabulary and sparse int8 weights per flag, base64-packed so
 * the bundle stays small. Written by `npm run train`, read by 04-score.ts.
 */
import { FLAG_IDS } from '../../shared/types';

export interface PackedModel {
  version: 4;
  flags: readonly string[];
  /** One bias per flag. */
  bias: number[];
  /** Weight = int8 value × scale. */
  scale: number;
  /**
   * The features' names, in four parts (see packVocab). Word features name their stems by number,
   * so a stem is spelled once however many pairs it is in: 7 KB fewer gzip bytes than every name
   * in full, front-coded (measured on the 8,500-feature model).
   */
  vocab: PackedVocab;
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

/**
 * Feature names, rows in this order: the named features, then the single-stem features kind by
 * kind (STEM_KINDS), then the word pairs.
 */
export interface PackedVocab {
  /** Every stem of a word feature or pair, sorted and front-coded (frontCode); a stem's number is its place here. */
  stems: string;
  /** The features that are not words (phrases "p:", "n:", "g:" and marks "@"), sorted and front-coded. */
  named: string;
  /** Per kind of STEM_KINDS (separated by ';'), the stems' numbers, ascending, as base-36 gaps (separated by ','). */
  singles: string;
  /**
   * The pairs "b:a_b", sorted by a's number then b's: a line per first stem, "gap from the last
   * line's first stem:second stems as base-36 gaps" (the first gap from 0).
   */
  pairs: string;
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

/** The kind of a word feature's name: its index in STEM_KINDS, 4 for a pair "b:", -1 for any other feature. */
function wordKind(name: string): number {
  if (name.startsWith('b:')) return STEM_KINDS.length;
  return (STEM_KINDS as readonly string[]).indexOf(name.slice(0, name.indexOf(':') + 1));
}

/** A pair's two stems ("b:a_b": the first "_" ends a, as stems hold none). */
function pairStems(name: string): [string, string] {
  const cut = name.indexOf('_', 2);
  return [name.slice(2, cut), name.slice(cut + 1)];
}

const gaps = (ns: readonly number[]): string => ns.map((n, i) => (n - (i ? ns[i - 1]! : 0)).toString(36)).join(',');
const ungaps = (text: string): number[] => {
  let n = 0;
  return text ? text.split(',').map((g) => (n += parseInt(g, 36))) : [];
};

/**
 * Packs distinct feature names (see PackedVocab). `order[r]` is the index in `names` of row r:
 * the rows' flags and weights must be packed in that order.
 */
export function packVocab(names: readonly string[]): { vocab: PackedVocab; order: number[] } {
  const named: number[] = [];
  const singleNames: [kind: number, stem: string, row: number][] = [];
  const pairNames: [first: string, second: string, row: number][] = [];
  const stems = new Set<string>();
  names.forEach((n, i) => {
    const kind = wordKind(n);
    if (kind < 0) named.push(i);
    else if (kind === STEM_KINDS.length) {
      const [a, b] = pairStems(n);
      stems.add(a).add(b);
      pairNames.push([a, b, i]);
    } else {
      const stem = n.slice(n.indexOf(':') + 1);
      stems.add(stem);
      singleNames.push([kind, stem, i]);
    }
  });
  const sorted = [...stems].sort((a, b) => (a < b ? -1 : 1));
  const id = new Map(sorted.map((s, i) => [s, i]));
  const singles: [number, number][][] = STEM_KINDS.map(() => []);
  for (const [kind, stem, i] of singleNames) singles[kind]!.push([id.get(stem)!, i]);
  const pairs = pairNames.map(([a, b, i]): [number, number, number] => [id.get(a)!, id.get(b)!, i]);
  named.sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  for (const list of singles) list.sort((x, y) => x[0] - y[0]);
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const lines: string[] = [];
  let lastFirst = 0;
  for (let p = 0; p < pairs.length; ) {
    const first = pairs[p]![0];
    const seconds: number[] = [];
    for (; p < pairs.length && pairs[p]![0] === first; p++) seconds.push(pairs[p]![1]);
    lines.push((first - lastFirst).toString(36) + ':' + gaps(seconds));
    lastFirst = first;
  }
  return {
    vocab: {
      stems: frontCode(sorted),
      named: frontCode(named.map((i) => names[i]!)),
      singles: singles.map((list) => gaps(list.map((x) => x[0]))).join(';'),
      pairs: lines.join('\n'),
    },
    order: [...named, ...singles.flatMap((list) => list.map((x) => x[1])), ...pairs.map((x) => x[2])],
  };
}

/** The stems of a packed vocabulary, by number. */
const stemsOf = (vocab: PackedVocab): string[] => (vocab.stems ? frontDecode(vocab.stems) : []);

/** Walks a packed vocabulary's rows in order: named features by name, word features by stem number. */
function eachRow(vocab: PackedVocab, row: {
  named(name: string): void; single(kind: number, stem: number): void; pair(first: number, second: number): void;
}): void {
  for (const name of vocab.named ? frontDecode(vocab.named) : []) row.named(name);
  vocab.singles.split(';').forEach((text, kind) => {
    for (const s of ungaps(text)) row.single(kind, s);
  });
  let first = 0;
  for (const line of vocab.pairs ? vocab.pairs.split('\n') : []) {
    const colon = line.indexOf(':');
    first += parseInt(line.slice(0, colon), 36);
    for (const s of ungaps(line.slice(colon + 1))) row.pair(first, s);
  }
}

/** The feature names of a packed vocabulary, in row order. */
export function unpackVocab(vocab: PackedVocab): string[] {
  const stems = stemsOf(vocab);
  const names: string[] = [];
  eachRow(vocab, {
    named: (name) => names.push(name),
    single: (kind, s) => names.push(STEM_KINDS[kind] + stems[s]!),
    pair: (first, s) => names.push('b:' + stems[first]! + '_' + stems[s]!),
  });
  return names;
}

/** Pack sparse rows (flag index, int8 weight; flags ascending) as flag letters and weights. */
export function packRows(rows: readonly (readonly [number, number])[][]): { rowFlags: string; weights: string } {
  const weights: number[] = [];
  const rowFlags = rows.map((entries) => entries.map(([k, q]) => { weights.push(q); return String.fromCharCode(97 + k); }).join('')).join(',');
  return { rowFlags, weights: toWeightText(weights) };
}

export function loadModel(packed: PackedModel): LoadedModel {
  if (packed.flags.join() !== FLAG_IDS.join() || packed.version !== 4) throw new Error('model was trained for other flags or an older format: run npm run train');
  // The rows are found straight from the stems' numbers, in PackedVocab's row order, without
  // spelling out the names (unpackVocab does that for tools and tests).
  const index = new Map<string, number>();
  const byStem = new Map<string, StemEntry>();
  const entries = stemsOf(packed.vocab).map((stem, id): StemEntry => {
    const e: StemEntry = { rows: new Int32Array(STEM_KINDS.length).fill(-1), id, pairs: undefined };
    byStem.set(stem, e);
    return e;
  });
  let rows = 0;
  eachRow(packed.vocab, {
    named: (name) => void index.set(name, rows++),
    single: (kind, s) => void (entries[s]!.rows[kind] = rows++),
    pair: (first, s) => void (entries[first]!.pairs ??= new Map()).set(s, rows++),
  });
  const flags = packed.rowFlags.split(',');
  const values = fromWeightText(packed.weights);
  if (flags.length !== rows) throw new Error('model rows and names disagree: run npm run train');
  const rowStart = new Int32Array(rows + 1);
  const rowFlag = new Uint8Array(values.length);
  const rowWeight = new Float32Array(values.length);
  let e = 0;
  for (let row = 0; row < rows; row++) {
    rowStart[row] = e;
    const letters = flags[row]!;
    for (let j = 0; j < letters.length; j++, e++) {
      rowFlag[e] = letters.charCodeAt(j) - 97;
      rowWeight[e] = values[e]! * packed.scale;
    }
  }
  if (e !== values.length) throw new Error('model weights and flags disagree: run npm run train');
  rowStart[rows] = e;
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
