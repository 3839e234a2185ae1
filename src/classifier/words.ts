/**
 * One record per distinct word, shared by every token that spells it, in this email and the next.
 * The stages ask the same questions of each token (its stem, whether a phrase starts there, whether
 * it is profane …); they write the answers on the record once, so later tokens find them without a
 * lookup.
 */
import type { WordFacts } from './features';
import type { WordLex } from './03-match';
import type { CharModel } from './char-model';
import type { LanguageLetters } from './language-letters';

export interface Word {
  /** The token's norm (one string object per distinct word). */
  readonly norm: string;
  /** Which language's function-word lists hold it, as bits (02-language.ts); -1 until asked. */
  lists: number;
  /** What the stages worked out about the word, per language, filled in on first use. */
  readonly en: WordNotes;
  readonly nl: WordNotes;
  /** The word's pull towards each flag in the letter model (char-model.ts), for the model it was worked out with. */
  chars: { model: CharModel; pull: Float32Array } | undefined;
  /** How far the word's letters lean to Dutch (language-letters.ts), for the table it was worked out with. */
  lean: { letters: LanguageLetters; value: number } | undefined;
  /** The record of the word's first three letters (headOf), for the table's generation `headGeneration`. */
  head: Word | undefined;
  headGeneration: number;
  /**
   * As a head: the matcher's notes of where words that begin so stand in the text of its pass
   * `pass`: first, and next for its run of rising tries `run` (phrase-needs.ts, WordPlaces).
   */
  pass: number;
  run: number;
  first: number;
  at: number;
}

export interface WordNotes {
  facts: WordFacts | undefined;
  lex: WordLex | undefined;
}

const WORDS = new Map<string, Word>();
let generation = 0;

/** Counts the times the table started over: a record kept from before is no longer the one tokens get. */
export const wordsGeneration = (): number => generation;

/** The record of a norm. Bounded: past 50,000 distinct words the table starts over. */
export function wordOf(norm: string): Word {
  let w = WORDS.get(norm);
  if (w === undefined) {
    if (WORDS.size > 50_000) { WORDS.clear(); generation++; }
    // Every slot is there from the start, so all records and notes share one shape (fast property access).
    w = { norm, lists: -1, en: { facts: undefined, lex: undefined }, nl: { facts: undefined, lex: undefined }, chars: undefined, lean: undefined, head: undefined, headGeneration: -1, pass: 0, run: 0, first: -1, at: -1 };
    WORDS.set(norm, w);
  }
  return w;
}

/** The record of a word's first three letters, where words that begin alike are found; undefined for shorter words. */
export function headOf(word: Word): Word | undefined {
  if (word.headGeneration !== generation) {
    word.head = word.norm.length < 3 ? undefined : word.norm.length === 3 ? word : wordOf(word.norm.slice(0, 3));
    word.headGeneration = generation;
  }
  return word.head;
}
