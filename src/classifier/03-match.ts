/**
 * Stage 3: the explainable layer. Phrase patterns per flag find the exact words that say a demand;
 * a negator just before a phrase ("I'm not asking for a discount", "geen haast") cancels it.
 * Every hit keeps its character range: these become the evidence the user sees highlighted.
 */
import { FLAG_IDS, type FlagId, type Lang } from '../shared/types';
import { en } from './lexicon/en';
import { nl } from './lexicon/nl';
import type { Lexicon } from './lexicon/types';
import { foldText } from './fold';
import { firstWords } from './first-words';
import type { Sentence, Token } from './tokenize';

export type Tier = 'strong' | 'cue';

export interface Hit {
  flag: FlagId;
  tier: Tier;
  start: number;
  end: number;
  /** Index of the first token the phrase covers. */
  token: number;
  negated: boolean;
}

/**
 * Turn the lexicon's dialect into a regular-expression source over folded text (lower case,
 * accents removed, one apostrophe): plain ASCII classes, no case-insensitive or Unicode mode,
 * which V8 runs several times faster.
 */
export function compileSource(src: string): string {
  // Every repetition is bounded (a word is at most 24 letters, a gap at most 4 spaces), so no
  // phrase can backtrack catastrophically whatever the input; a unit test checks each with recheck.
  return foldText(src)
    .replace(/\\w\+/g, "[a-z0-9']{1,24}")
    .replace(/\\w/g, "[a-z0-9']")
    .replace(/\\d\+/g, '\\d{1,9}')
    .replace(/\[\\d\.,\]\*/g, '[\\d.,]{0,12}')
    .replace(/ \?/g, '\\s{0,4}')
    .replace(/ /g, '\\s{1,4}');
}

/** One regex per flag and tier: the phrases as alternatives, starting at a word start, ending at a word end. */
export function compileAlternatives(sources: readonly string[]): RegExp {
  const body = sources.map(compileSource).join('|');
  return new RegExp(`\\b(?:${body})(?![a-z0-9])`, 'g');
}

interface Cue { flag: FlagId; words: string[] }

/** A strong phrase tried only where the text has a word it can start with (sticky, anchored there). */
interface Anchored { flag: FlagId; re: RegExp }

interface CompiledLexicon {
  lexicon: Lexicon;
  /** Strong phrases whose first word is known, by that word. */
  anchored: Map<string, Anchored[]>;
  /** Strong phrases whose start cannot be told (a digit, a symbol): one scanning regex per flag. */
  patterns: { flag: FlagId; tier: Tier; re: RegExp }[];
  /** Cue words and short phrases, by their first word: a token lookup is far cheaper than a regex scan. */
  cues: Map<string, Cue[]>;
  negators: Set<string>;
  /** Request frames as word lists, by their last word. */
  reportedFrames: Map<string, string[][]>;
  clauseBreaks: Set<string>;
  secondPerson: Set<string>;
  profanity: Set<string>;
  undoubledProfanity: Set<string>;
  acronyms: Set<string>;
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const patterns: CompiledLexicon['patterns'] = [];
  const anchored = new Map<string, Anchored[]>();
  const cues = new Map<string, Cue[]>();
  for (const flag of FLAG_IDS) {
    const f = lexicon.flags[flag];
    const unanchored: string[] = [];
    for (const src of f.strong) {
      const words = firstWords(foldText(src));
      if (!words) { unanchored.push(src); continue; }
      const re = new RegExp(`(?:${compileSource(src)})(?![a-z0-9])`, 'y');
      for (const w of words) {
        const list = anchored.get(w) ?? [];
        list.push({ flag, re });
        anchored.set(w, list);
      }
    }
    if (unanchored.length) patterns.push({ flag, tier: 'strong', re: compileAlternatives(unanchored) });
    for (const cue of f.cue) {
      const words = foldText(cue).split(' ');
      if (!words.every((w) => /^[a-z']+$/.test(w))) throw new Error(`cue "${cue}" must be plain words`);
      const list = cues.get(words[0]!) ?? [];
      list.push({ flag, words });
      cues.set(words[0]!, list);
    }
  }
  return {
    lexicon,
    anchored,
    patterns,
    cues,
    negators: new Set(lexicon.negators),
    reportedFrames: framesByLastWord(lexicon.reportedFrames),
    clauseBreaks: new Set(lexicon.clauseBreaks),
    secondPerson: new Set(lexicon.secondPerson),
    profanity: new Set(lexicon.profanity),
    undoubledProfanity: new Set(lexicon.profanity.map(undouble)),
    acronyms: new Set(lexicon.acronyms),
  };
}

function framesByLastWord(frames: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const f of frames) {
    const words = foldText(f).split(' ');
    const last = words[words.length - 1]!;
    out.set(last, [...(out.get(last) ?? []), words]);
  }
  return out;
}

/** Every phrase regex of a language, for the ReDoS test. */
export function allPhraseRegexes(lang: 'en' | 'nl'): { flag: FlagId; re: RegExp }[] {
  const lex = lexiconFor(lang);
  const seen = new Set<RegExp>();
  const out: { flag: FlagId; re: RegExp }[] = [...lex.patterns];
  for (const list of lex.anchored.values()) for (const a of list) if (!seen.has(a.re)) { seen.add(a.re); out.push(a); }
  return out;
}

let compiled: Record<'en' | 'nl', CompiledLexicon> | undefined;
/** Compiled once, on first use, so importing the module costs nothing. */
export function lexiconFor(lang: Lang): CompiledLexicon {
  compiled ??= { en: compileLexicon(en), nl: compileLexicon(nl) };
  return lang === 'nl' ? compiled.nl : compiled.en;
}

// Leetspeak and stretched spelling ("b1tch", "fuuuck") fold to the listed word.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };
const undouble = (w: string) => w.replace(/([a-z])\1+/g, '$1');
// A word masked with symbols: "f*ck", "sh!t", "a**hole".
const MASKED = /\b[a-z]{1,3}[*#@$%!]{1,3}[a-z]{1,5}\b/g;

function isProfane(word: string, list: Set<string>, undoubled: Set<string>): boolean {
  if (list.has(word)) return true;
  const plain = /[0-9@$!]/.test(word) ? word.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c) : word;
  // Only stretched words (three of a letter in a row) are undoubled, so "as" never reads as "ass".
  return list.has(plain) || (/([a-z])\1\1/.test(plain) && undoubled.has(undouble(plain)));
}

/** Index of the token that contains or follows `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const CLAUSE_PUNCT = /[,;:.!?()\n]/;

function isNegated(text: string, tokens: readonly Token[], first: number, last: number, lex: CompiledLexicon, lang: Lang): boolean {
  const sentence = tokens[first]?.sentence;
  // Up to three words back in the same clause: a negator.
  for (let i = first - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || CLAUSE_PUNCT.test(text.slice(t.end, tokens[i + 1]!.start))) break;
    if (lex.clauseBreaks.has(t.norm)) break;
    if (lex.negators.has(t.norm) || t.norm.endsWith("n't")) return true;
  }
  // Earlier in the same sentence, a restated request ("you would like X, Y and Z").
  for (let i = first - 1, seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    for (const frame of lex.reportedFrames.get(t.norm) ?? []) {
      if (frame.every((w, j) => tokens[i - frame.length + 1 + j]?.norm === w)) return true;
    }
  }
  // Dutch puts the negation after the verb or inside the phrase: "ik wil mijn geld niet terug".
  if (lang === 'nl') {
    for (let i = first; i <= last + 2 && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.sentence !== sentence) break;
      if (i > last && CLAUSE_PUNCT.test(text.slice(tokens[i - 1]!.end, t.start))) break;
      if (t.norm === 'niet' || t.norm === 'geen' || t.norm === 'nooit') return true;
    }
  }
  return false;
}

/** All phrase hits of the text's language, strong and cue, with negation marked. */
export function matchPhrases(text: string, folded: string, tokens: readonly Token[], lang: Lang): Hit[] {
  const lex = lexiconFor(lang);
  const hits: Hit[] = [];
  if (tokens.length === 0) return hits;
  // A phrase already found covers any phrase of the same flag that lies wholly inside it.
  const coveredUntil = new Map<FlagId, number>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lex.anchored.get(tokens[i]!.norm);
    if (!candidates) continue;
    const start = tokens[i]!.start;
    for (const { flag, re } of candidates) {
      re.lastIndex = start;
      const m = re.exec(folded);
      if (!m || m[0].length === 0) continue;
      const end = start + m[0].length;
      if (end <= (coveredUntil.get(flag) ?? -1)) continue; // inside a longer phrase already found
      coveredUntil.set(flag, end);
      const last = Math.max(i, tokenAt(tokens, end - 1));
      hits.push({ flag, tier: 'strong', start, end, token: i, negated: isNegated(text, tokens, i, last, lex, lang) });
    }
  }
  for (const { flag, tier, re } of lex.patterns) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      const first = tokenAt(tokens, start);
      if (first >= tokens.length) continue;
      const last = Math.max(first, tokenAt(tokens, end - 1));
      hits.push({ flag, tier, start, end, token: first, negated: isNegated(text, tokens, first, last, lex, lang) });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lex.cues.get(tokens[i]!.norm);
    if (!candidates) continue;
    for (const { flag, words } of candidates) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.norm === words[k]) k++;
      if (k < words.length) continue;
      const last = i + words.length - 1;
      hits.push({ flag, tier: 'cue', start: tokens[i]!.start, end: tokens[last]!.end, token: i, negated: isNegated(text, tokens, i, last, lex, lang) });
    }
  }
  return hits;
}

export interface TokenMarks {
  /** Token indices that are profanity or slurs. */
  profane: Set<number>;
  /** Token indices that are second-person words. */
  secondPerson: Set<number>;
  /** Sentences written in capitals (shouting), by sentence index. */
  shouting: Set<number>;
}

/** Profanity, second person and shouting, per token and sentence. */
export function markTokens(text: string, folded: string, tokens: readonly Token[], sentences: readonly Sentence[], lang: Lang): TokenMarks {
  const lex = lexiconFor(lang);
  const profane = new Set<number>();
  const secondPerson = new Set<number>();
  const shouting = new Set<number>();
  tokens.forEach((t, i) => {
    if (isProfane(folded.slice(t.start, t.end), lex.profanity, lex.undoubledProfanity)) profane.add(i);
    if (lex.secondPerson.has(t.norm)) secondPerson.add(i);
  });
  MASKED.lastIndex = 0;
  for (const m of folded.matchAll(MASKED)) {
    const word = m[0].replace(/[*#%]/g, '').replace(/[@$!]/g, (c) => LEET[c] ?? c);
    // "f*ck" → "fck"/"fuck" both listed; otherwise the masked letters may be anything in the list.
    if ([...lex.undoubledProfanity].some((p) => p.length <= word.length + 3 && p.startsWith(word.slice(0, 1)) && p.endsWith(word.slice(-2)))) {
      const i = tokenAt(tokens, m.index);
      if (i < tokens.length) profane.add(i);
    }
  }
  for (const [si, s] of sentences.entries()) {
    let caps = 0, words = 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.norm === '#num') continue;
      words++;
      if (t.caps && !lex.acronyms.has(text.slice(t.start, t.end))) caps++;
    }
    // Shouting: three or more words in capitals that are most of the sentence; a lone acronym is not.
    if (caps >= 3 && caps / words >= 0.6) shouting.add(si);
  }
  return { profane, secondPerson, shouting };
}
