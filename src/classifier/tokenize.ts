/**
 * Words and sentences with their character offsets, shared by the pattern layer, the model's
 * features and the evidence ranges. A single hand-written forward scan: linear, no regex.
 */
import { foldText } from './fold';
import { wordOf, type Word } from './words';

export interface Token {
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /**
   * Lower-cased, accents folded, digit runs written as "#" ("#num" for a plain number, "#id" for
   * one that names a thing rather than an amount: "meter 1459", "deal 646795", "#4471").
   */
  norm: string;
  /** The word's shared record (its `norm` is this token's). */
  word: Word;
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

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  /** The text folded for matching (same length as the text). */
  folded: string;
}

const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit (i must be inside the text). ASCII and Latin are decided by code; other scripts by a Unicode test. */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdbff) return OTHER_LETTER.test(text.slice(i, i + 2));
  return OTHER_LETTER.test(text[i]!);
}

/**
 * Whether text[from, to) holds punctuation that ends a clause: , ; : . ! ? ( ) or a line break.
 * A loop over char codes: it runs between every two words, and a regex would need a slice each time.
 */
export function clauseBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A point or comma inside a number ("1.800", "$1,200", "2,5") splits its digits, not the clause.
    if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 || c === 10) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A plain number's norm, an amount ("#num") or an identifier ("#id"): no word of its own. */
export const isNumberNorm = (norm: string): boolean => norm === '#num' || norm === '#id';
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

export function tokenize(text: string): Tokenized {
  const folded = foldText(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let boundary = false; // a sentence end was seen since the last token
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      const c = text.charCodeAt(i);
      if (c === 10) boundary = true;
      else if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 >= n || text.charCodeAt(i + 1) <= 32)) boundary = true;
      i++;
      continue;
    }
    const start = i;
    let digits = 0, upper = 0, lower = 0;
    for (;;) {
      while (i < n && isWordChar(text, i)) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) digits++;
        else if (c >= 65 && c <= 90) upper++;
        else if (c >= 97 && c <= 122) lower++;
        else if (c > 127) { const ch = text[i]!; if (ch !== ch.toLowerCase()) upper++; else lower++; }
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
      // "don't", "zo'n": an apostrophe between letters joins them.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text, i + 1) && !isDigit(text.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    if (boundary && tokens.length > sentenceFirst) {
      sentences.push({ first: sentenceFirst, last: tokens.length, start: tokens[sentenceFirst]!.start, end: tokens[tokens.length - 1]!.end });
      sentenceFirst = tokens.length;
      sentence++;
    }
    boundary = false;
    let norm = folded.slice(start, i);
    if (digits > 0) {
      // Leetspeak inside a word ("b1tch", "zw4rte") reads as the letter; other digit runs as "#".
      norm = digits === i - start ? (isIdentifier(text, start, i, tokens[tokens.length - 1]) ? '#id' : '#num')
        : norm.replace(LEET_INSIDE, (d) => LEET[d] ?? d).replace(/[0-9]+/g, '#');
    }
    const word = wordOf(norm);
    tokens.push({ start, end: i, norm: word.norm, word, caps: upper >= 2 && lower === 0, sentence });
  }
  if (tokens.length > sentenceFirst) {
    sentences.push({ first: sentenceFirst, last: tokens.length, start: tokens[sentenceFirst]!.start, end: tokens[tokens.length - 1]!.end });
  }
  if (tokens.length < 3) return { tokens, sentences, folded };
  const joined = joinSpacedLetters(text, tokens);
  return { tokens: joined, sentences: joined.length === tokens.length ? sentences : sentencesOf(joined), folded };
}

/** Words after which a number names a thing: an order, a meter, a page, not a price. */
const ID_WORDS = new Set(['meter', 'deal', 'number', 'no', 'nr', 'nummer', 'ticket', 'order', 'invoice', 'factuur', 'factuurnummer',
  'ordernummer', 'bestelnummer', 'klantnummer', 'ref', 'reference', 'referentie', 'case', 'id', 'account', 'room', 'kamer', 'page',
  'pagina', 'line', 'regel', 'item', 'artikel', 'po', 'version', 'versie', 'build', 'release', 'flight', 'vlucht', 'ext', 'tel',
  'phone', 'zip', 'postcode', 'unit', 'suite', 'contract', 'dossier', 'zaak', 'zaaknummer', 'kenmerk', 'track', 'tracking']);

/**
 * A bare number is an identifier when a word such as "meter" or "order" names it, when "#" marks
 * it, when it numbers a list item, when it is part of a date or code, or when it runs to six digits
 * or more without a currency sign: amounts that size come with a sign or separators, ids do not.
 */
function isIdentifier(text: string, start: number, end: number, previous: Token | undefined): boolean {
  const before = text.charCodeAt(start - 1);
  // "#4471", and list markers such as "(2)" or "2)" at a line's start.
  if (before === 35 || (text.charCodeAt(end) === 41 && (before === 40 || before === 10 || start === 0))) return true;
  if (before === 36 || before === 0x20ac || before === 0xa3 || text.charCodeAt(start - 2) === 0x20ac) return false;
  if (end - start >= 6) return true;
  // Dates and codes: "10/10/01", "06-12", "08-27-2001" (a range such as "400-500" stays an amount).
  const after = text.charCodeAt(end);
  const sepBefore = (before === 47 || before === 45) && isDigit(text.charCodeAt(start - 2));
  const sepAfter = (after === 47 || after === 45) && isDigit(text.charCodeAt(end + 1));
  if ((before === 47 && sepBefore) || (after === 47 && sepAfter)) return true;
  if ((sepBefore || sepAfter) && (end - start <= 2 || (sepBefore && sepAfter))) return true;
  return previous !== undefined && previous.end >= start - 2 && ID_WORDS.has(previous.norm);
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LEET_INSIDE = /(?<=[a-z])[013457](?=[a-z])/g;

/**
 * "d o d e n", "k u t": letters spaced out to dodge filters become one word again. Only runs of
 * three or more single letters separated by single spaces, so "a b test" stays as it is.
 */
function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  // Copied only from the first run on: most mail has none, and then the tokens are returned as they are.
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j]!.end - tokens[j]!.start === 1 && tokens[j + 1]!.end - tokens[j + 1]!.start === 1 &&
      tokens[j + 1]!.start === tokens[j]!.end + 1 && text[tokens[j]!.end] === ' ' && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++;
    if (j - i >= 2 && /^[a-z]$/.test(tokens[i]!.norm)) {
      const run = tokens.slice(i, j + 1);
      const word = wordOf(run.map((t) => t.norm).join(''));
      (out ??= tokens.slice(0, i)).push({ start: run[0]!.start, end: run[run.length - 1]!.end, norm: word.norm, word, caps: false, sentence: run[0]!.sentence });
      i = j;
    } else if (out) out.push(tokens[i]!);
  }
  return out ?? tokens;
}

/** Sentence token ranges, recounted from the tokens' sentence numbers. */
function sentencesOf(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[first]!.sentence) {
      out.push({ first, last: i, start: tokens[first]!.start, end: tokens[i - 1]!.end });
      first = i;
    }
  }
  return out;
}
