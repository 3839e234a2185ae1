/**
 * Which words a phrase cannot match without, read from its compiled regex source: `(?:i|we)
 * (?:\w+ )?buy it for \d+` needs the word "buy" within a hundred characters of where it starts.
 * A word like "i", "you" or "can" starts dozens of phrases and nearly every try fails; a phrase
 * whose needed words are nowhere near is skipped without running its regex.
 *
 * The answer is sound or absent: any match holds, after its first word, a token that begins with
 * one of `words` (whitespace before it, so the tokenizer starts a token there), and no match is
 * longer than `reach` characters. Whatever the reader does not model leaves the answer undefined,
 * and the phrase is always tried.
 */
import type { Token } from './tokenize';
import { headOf, wordOf, wordsGeneration, type Word } from './words';

export interface PhraseNeeds {
  /** Any match holds a token that begins with one of these, after its first word. */
  readonly words: readonly string[];
  /** The longest a match can be, in characters. */
  readonly reach: number;
  /** The head records of `words` (headOf), for the word table's generation `generation`: WordPlaces fills them in. */
  heads: (Word | undefined)[];
  generation: number;
}

/** Words shorter than this ("a", "to") are in nearly every text, and not worth a look. */
const MIN_WORD = 3;

export type Atom =
  | { t: 'char'; c: string }
  | { t: 'space' }
  | { t: 'one'; src: string } // a class or an escape: one character, not known
  | { t: 'zero' } // a lookaround or \b
  | { t: 'group'; alt: Seq[] };
export interface Item { atom: Atom; lo: number; hi: number }
export type Seq = Item[];

/** Thrown when the source says what this reader does not model. */
const UNKNOWN = { unknown: true };
const META = new Set([...'\\[]()|?*+{}.^$']);

/**
 * Parses the dialect compileSource writes: literals, \s \d \w, classes, groups, lookarounds,
 * quantifiers; the alternatives at the top. Throws on anything else.
 */
export function parsePhrase(src: string): Seq[] {
  let i = 0;
  function alt(): Seq[] {
    const out = [seq()];
    while (src[i] === '|') { i++; out.push(seq()); }
    return out;
  }
  function atom(): Atom {
    const c = src[i]!;
    if (c === '(') {
      const look = src.startsWith('(?=', i) || src.startsWith('(?!', i) || src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
      if (look) i += src[i + 2] === '<' ? 4 : 3;
      else if (src.startsWith('(?:', i)) i += 3;
      else if (src[i + 1] === '?') throw UNKNOWN;
      else i++;
      const inner = alt();
      if (src[i] !== ')') throw UNKNOWN;
      i++;
      return look ? { t: 'zero' } : { t: 'group', alt: inner };
    }
    if (c === '[') {
      const from = i++;
      while (i < src.length && src[i] !== ']') { if (src[i] === '\\') i++; i++; }
      if (src[i] !== ']') throw UNKNOWN;
      i++;
      return { t: 'one', src: src.slice(from, i) };
    }
    if (c === '\\') {
      const e = src[i + 1];
      i += 2;
      if (e === 'b' || e === 'B') return { t: 'zero' };
      if (e === 's') return { t: 'space' };
      if (e === undefined || (/[a-z0-9]/i.test(e) && !'dwSDW'.includes(e))) throw UNKNOWN; // \u, \p, back-references
      return { t: 'one', src: '\\' + e };
    }
    if (META.has(c)) throw UNKNOWN;
    i++;
    return { t: 'char', c };
  }
  function quantifier(): [number, number] {
    const q = src[i];
    let bounds: [number, number];
    if (q === '?') bounds = [0, 1];
    else if (q === '*') bounds = [0, Infinity];
    else if (q === '+') bounds = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 16));
      if (!m) throw UNKNOWN;
      const lo = Number(m[1]);
      bounds = [lo, m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length - 1;
    } else return [1, 1];
    i++;
    if (src[i] === '?') i++; // lazy: the same bounds
    return bounds;
  }
  function seq(): Seq {
    const items: Seq = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      const [lo, hi] = quantifier();
      items.push({ atom: a, lo, hi });
    }
    return items;
  }
  const out = alt();
  if (i !== src.length) throw UNKNOWN;
  return out;
}

interface Need { words: string[] | undefined; max: number }

/** The better of two needs: the one whose shortest word is longer, then the one with fewer words. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length)), lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

const isLetter = (item: Item) => item.atom.t === 'char' && item.lo === 1 && item.hi === 1 && /[a-z']/.test(item.atom.c);

/** Whether every way through the alternatives ends with whitespace (and at least one character). */
function endsWithSpace(alts: readonly Seq[]): boolean {
  return alts.every((items) => spaceBefore(items, items.length, false));
}

/**
 * Whether whitespace surely stands right before item `k`: the item before it is a mandatory space
 * or a group that ends with one; an optional group that ends with one, or a lookaround, leaves the
 * question to the item before it. `left` answers it for the start of the sequence.
 */
function spaceBefore(items: Seq, k: number, left: boolean): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const { atom, lo } = items[j]!;
    if (atom.t === 'zero') continue;
    if (atom.t === 'space') return lo >= 1;
    if (atom.t !== 'group' || !endsWithSpace(atom.alt)) return false;
    if (lo >= 1) return true;
  }
  return left;
}

/**
 * What an alternation needs: words that begin at a word start (whitespace before them, inside the
 * match). `left` says whether whitespace stands right before the alternation.
 */
function needOf(alts: readonly Seq[], left: boolean): Need {
  let words: string[] | undefined = [];
  let max = 0;
  for (const items of alts) {
    const n = seqNeed(items, left);
    words = words && n.words ? [...words, ...n.words] : undefined;
    max = Math.max(max, n.max);
  }
  return { words: words && words.length > 0 ? words : undefined, max };
}

function seqNeed(items: Seq, left: boolean): Need {
  let words: string[] | undefined;
  let max = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const { atom } = item;
    if (atom.t === 'group') {
      const inner = needOf(atom.alt, spaceBefore(items, k, left));
      max += inner.max * item.hi;
      if (item.lo >= 1 && inner.words?.every((w) => w.length >= MIN_WORD)) words = better(words, inner.words);
      continue;
    }
    max += (atom.t === 'zero' ? 0 : 1) * item.hi;
    if (!isLetter(item) || (k > 0 && isLetter(items[k - 1]!)) || !spaceBefore(items, k, left)) continue;
    // A run of plain letters after whitespace: the start of a word (never the first, where the phrase was tried).
    let e = k;
    while (e + 1 < items.length && isLetter(items[e + 1]!)) e++;
    // Cut at an apostrophe: the tokenizer joins only some apostrophes, and only before a letter ("times' sake").
    const word = items.slice(k, e + 1).map((x) => (x.atom as { c: string }).c).join('').split("'")[0]!;
    if (word.length >= MIN_WORD) words = better(words, [word]);
  }
  return { words, max };
}

/** Reads a compiled phrase source (compileSource's output, tried at a token's start). */
export function phraseNeeds(source: string): PhraseNeeds | undefined {
  let alts: Seq[];
  try { alts = parsePhrase(source); } catch (e) { if (e === UNKNOWN) return undefined; throw e; }
  // The match starts at the token tried, not after whitespace: its first word is no news.
  const { words, max } = needOf(alts, false);
  return words && max !== Infinity ? { words, reach: max, heads: [], generation: -1 } : undefined;
}

let passes = 0;

/**
 * Where the words of one text stand, by their first three letters: each head record (words.ts,
 * headOf) notes the next place at or after the last token asked about. Tries at rising tokens move
 * the places forwards only, so a long email costs a step per token, not a search per try; a try
 * before the last one asked about starts the places over from the first.
 */
export class WordPlaces {
  /** Which text the head records' notes are for, and which run of rising tries. */
  private readonly pass = ++passes;
  private run = this.pass;
  private lastAsked = -1;
  /** For each token, the next token that begins with the same three letters, or -1. */
  private readonly next: Int32Array;
  /** The word table's generation the notes are for. */
  readonly generation = wordsGeneration();

  constructor(readonly tokens: readonly Token[]) {
    latest = this;
    this.next = new Int32Array(tokens.length);
    for (let j = tokens.length - 1; j >= 0; j--) {
      const h = headOf(tokens[j]!.word);
      if (!h) { this.next[j] = -1; continue; }
      this.next[j] = h.pass === this.pass ? h.first : -1;
      h.pass = this.pass;
      h.first = h.at = j;
      h.run = this.run;
    }
  }

  /**
   * Whether a token after token `i`, within the needs' reach of offset `start`, begins with one of
   * their words. True whenever the notes cannot tell: another text's places were noted since, or
   * the word table started over (the heads are other records now).
   */
  anyAfter(needs: PhraseNeeds, i: number, start: number): boolean {
    if (latest !== this || wordsGeneration() !== this.generation) return true;
    if (i < this.lastAsked) this.run = ++passes;
    this.lastAsked = i;
    if (needs.generation !== this.generation) {
      needs.heads = needs.words.map((w) => headOf(wordOf(w)));
      needs.generation = this.generation;
      // Finding them may have started the table over: then these notes can no longer tell.
      if (wordsGeneration() !== this.generation) return true;
    }
    const { tokens, next } = this;
    const { words, heads } = needs;
    const end = start + needs.reach;
    for (let k = 0; k < words.length; k++) {
      const h = heads[k];
      if (!h || h.pass !== this.pass) continue;
      if (h.run !== this.run) { h.at = h.first; h.run = this.run; }
      let p = h.at;
      while (p !== -1 && p <= i) p = next[p]!;
      h.at = p;
      const word = words[k]!;
      for (; p !== -1 && tokens[p]!.start + word.length <= end; p = next[p]!) if (tokens[p]!.norm.startsWith(word)) return true;
    }
    return false;
  }
}

/** The places noted last: notes on the shared head records are only ever this one's. */
let latest: WordPlaces | undefined;

/** The places of a text's tokens, kept for the last text read: the matcher and the calm readings ask of the same one. */
export function placesOf(tokens: readonly Token[]): WordPlaces {
  return latest?.tokens === tokens && wordsGeneration() === latest.generation ? latest : new WordPlaces(tokens);
}
