/**
 * A second opinion from the letters of each word. The main model knows words by their stems; this
 * one knows them by their pieces of three to five letters, so it sees that "refundje",
 * "terugbetaling" and "money-back" share something with words it learned, catches misspellings and
 * Dutch compounds, and weighs a word it never met by the pieces it has. Its weights sit in one
 * hashed table shared by the eleven flags (each flag reads its own salted slot), a few levels per
 * weight, so the whole model is under 20 KB in the bundle. A word's pull towards each flag is
 * worked out once and kept on the word's shared record, and only the window a decision hangs on
 * is scored, so the second opinion costs an addition per word of that window.
 */
import type { Word } from './words';
import { FLAGS, fromWeightText } from './model/format';

/** One weight per flag and piece, the flags of the word model. */
export const CHAR_FLAGS = FLAGS;

export interface PackedCharModel {
  version: 2;
  /** The table holds 2^bits weights. */
  bits: number;
  /** Weight = int8 value × scale. */
  scale: number;
  bias: number[];
  /** The int8 table, as text (model/format.ts, toWeightText). */
  weights: string;
}

export interface CharModel {
  mask: number;
  table: Float32Array;
  bias: Float32Array;
}

/** Shortest and longest piece of a word, counted with the spaces around it (" ok " gives " ok", "ok "). */
const MIN_GRAM = 3, MAX_GRAM = 5;

/** Per flag, a constant mixed into the hash so that the flags read different slots of the table. */
const SALT = Array.from({ length: CHAR_FLAGS }, (_, k) => Math.imul(k + 1, 0x9e3779b1) >>> 0);

/**
 * FNV-1a hashes of the word's pieces of `min` to `max` characters (by default this model's), the
 * word padded with spaces. The language letters (language-letters.ts) read the pieces of three.
 */
export function wordGrams(norm: string, min = MIN_GRAM, max = MAX_GRAM): Uint32Array {
  const s = ' ' + norm + ' ';
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= max && i + n <= s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n - 1), 0x01000193);
      if (n >= min) out.push(h >>> 0);
    }
  }
  // A word shorter than the shortest piece (" a ") still counts, as itself.
  if (out.length === 0) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    out.push(h >>> 0);
  }
  return Uint32Array.from(out);
}

/** The table slot of piece `h` for flag `k`. */
export const slot = (h: number, k: number, mask: number): number => (Math.imul(h ^ SALT[k]!, 0x85ebca6b) >>> 15) & mask;

export function loadCharModel(packed: PackedCharModel): CharModel {
  if (packed.version !== 2) throw new Error('letter model of an older format: run npm run train');
  const values = fromWeightText(packed.weights);
  if (values.length !== 1 << packed.bits) throw new Error('letter model table has the wrong size: run npm run train');
  const table = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) table[i] = values[i]! * packed.scale;
  return { mask: (1 << packed.bits) - 1, table, bias: Float32Array.from(packed.bias) };
}

/** A word's summed weights per flag (first CHAR_FLAGS entries) and its number of pieces (last). */
export function wordPull(word: Word, model: CharModel): Float32Array {
  const kept = word.chars;
  if (kept !== undefined && kept.model === model) return kept.pull;
  const grams = wordGrams(word.norm);
  const pull = new Float32Array(CHAR_FLAGS + 1);
  for (let k = 0; k < CHAR_FLAGS; k++) {
    let sum = 0;
    for (let g = 0; g < grams.length; g++) sum += model.table[slot(grams[g]!, k, model.mask)]!;
    pull[k] = sum;
  }
  pull[CHAR_FLAGS] = grams.length;
  word.chars = { model, pull };
  return pull;
}

/**
 * The letter model's logit for flag `k` over the tokens [first, last): their words' summed pulls
 * over the square root of their number of pieces. Only the window a flag's decision hangs on is scored.
 */
export function charLogit(tokens: readonly { word: Word }[], model: CharModel, k: number, first: number, last: number): number {
  let sum = 0, pieces = 0;
  for (let t = first; t < last; t++) {
    const pull = wordPull(tokens[t]!.word, model);
    sum += pull[k]!;
    pieces += pull[CHAR_FLAGS]!;
  }
  return pieces > 0 ? model.bias[k]! + sum / Math.sqrt(pieces) : model.bias[k]!;
}
