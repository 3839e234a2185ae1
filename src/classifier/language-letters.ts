/**
 * Which language a word's letters lean to: Dutch or English. Function words decide most emails,
 * but a short message may hold none ("Sukkel!", "Idioot.", "stomme k*t w1jf") or one shared by both
 * languages ("want", "even"); then the letters decide: "ij", "oe", "-lijk" and "sch" are Dutch,
 * "th", "-ing" and "wh" English. Naive Bayes over the pieces of three letters of each word (padded
 * with a space, so beginnings and endings count), trained at build time from the project's own
 * corpus and hashed into a small table (a few levels per weight, under 1 KB in the bundle).
 */
import type { Word } from './words';
import { fromWeightText } from './model/format';
import { wordGrams } from './char-model';

export interface PackedLanguageLetters {
  version: 1;
  /** The table holds 2^bits weights. */
  bits: number;
  /** Weight = level × scale: the log-odds of Dutch over English that a piece adds. */
  scale: number;
  /** The levels, as text (model/format.ts, toWeightText). */
  weights: string;
}

export interface LanguageLetters {
  mask: number;
  table: Float32Array;
}

/** The hashes of a word's pieces of three letters, padded with spaces (" ok " gives " ok", "ok "). */
export const letterPieces = (norm: string): Uint32Array => wordGrams(norm, 3, 3);

/** The table slot of piece `h`. */
export const letterSlot = (h: number, mask: number): number => (Math.imul(h, 0x85ebca6b) >>> 13) & mask;

export function loadLanguageLetters(packed: PackedLanguageLetters): LanguageLetters {
  if (packed.version !== 1) throw new Error('language letters of an older format: run npm run train');
  const values = fromWeightText(packed.weights);
  if (values.length !== 1 << packed.bits) throw new Error('language letter table has the wrong size: run npm run train');
  return { mask: (1 << packed.bits) - 1, table: Float32Array.from(values, (v) => v * packed.scale) };
}

/** Whether a token is a word whose letters say something (not a number, an id with digits in it or a letter alone). */
const readable = (norm: string): boolean => norm.length >= 2 && !norm.includes('#');

/**
 * The most one word can lean, in log-odds. Naive Bayes counts a long word's overlapping pieces as
 * if they were independent, so a long name or hashtag ("federalboobieinspector") would outvote
 * every other word; no word says more than a few function words do.
 */
const MAX_WORD_LEAN = 4;

/** How far the word's letters lean to Dutch (positive) or English (negative), in log-odds; kept on the word. */
export function letterLean(word: Word, letters: LanguageLetters): number {
  if (word.lean !== undefined && word.lean.letters === letters) return word.lean.value;
  let value = 0;
  if (readable(word.norm)) for (const h of letterPieces(word.norm)) value += letters.table[letterSlot(h, letters.mask)]!;
  value = Math.max(-MAX_WORD_LEAN, Math.min(MAX_WORD_LEAN, value));
  word.lean = { letters, value };
  return value;
}
