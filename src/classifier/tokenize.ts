/**
 * Words and sentences with their character offsets, shared by the pattern layer, the model's
 * features and the evidence ranges. One linear regex pass; no backtracking.
 */

export interface Token {
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Lower-cased, diacritics folded, digits collapsed to "#num". */
  norm: string;
  /** True when the word was written in capitals (two or more letters). */
  caps: boolean;
  /** Index of the sentence this token belongs to. */
  sentence: number;
}

export interface Sentence {
  /** Token index range [first, last) in the token array. */
  first: number;
  last: number;
  start: number;
  end: number;
}

// A word: letters/digits, optionally joined by an apostrophe to more letters (don't, zo'n).
// The apostrophe is not in the first class, so the two parts cannot overlap: linear.
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const DIACRITIC = /[\u0300-\u036f]/g;
const DIGIT = /\p{N}/u;
const UPPER = /^\p{Lu}{2,}$/u;
// Sentence ends: . ! ? ; followed by space, or a line break. Checked on the gap between tokens.
const SENTENCE_GAP = /[.!?;]\s|[.!?;]$|\n/;

export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 0 && /[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(DIACRITIC, '').replace(/’/g, "'");
  return w;
}

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    if (tokens.length > 0 && SENTENCE_GAP.test(text.slice(prevEnd, start))) {
      const last = tokens.length;
      sentences.push({ first: sentenceFirst, last, start: tokens[sentenceFirst]!.start, end: prevEnd });
      sentenceFirst = last;
      sentence++;
    }
    const norm = DIGIT.test(raw) ? (/^\p{N}+$/u.test(raw) ? '#num' : foldWord(raw).replace(/\p{N}+/gu, '#')) : foldWord(raw);
    tokens.push({ start, end: start + raw.length, norm, caps: UPPER.test(raw), sentence });
    prevEnd = start + raw.length;
  }
  if (tokens.length > sentenceFirst) {
    sentences.push({ first: sentenceFirst, last: tokens.length, start: tokens[sentenceFirst]!.start, end: prevEnd });
  }
  return { tokens, sentences };
}
