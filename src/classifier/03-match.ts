/**
 * Stage 3: the explainable layer. Phrase patterns per flag find the exact words that say a demand;
 * a negator just before a phrase ("I'm not asking for a discount", "geen haast") cancels it.
 * Every hit keeps its character range: these become the evidence the user sees highlighted.
 */
import { FLAG_IDS, type FlagId, type Lang } from '../shared/types';
import { en } from './lexicon/en';
import { nl } from './lexicon/nl';
import type { CalmReading, Lexicon } from './lexicon/types';
import { foldText } from './fold';
import { firstWords } from './first-words';
import { secondWordPrefixes } from './second-words';
import { phraseNeeds, placesOf, type PhraseNeeds, type WordPlaces } from './phrase-needs';
import { correctTypo } from './typos';
import { shorthandOf } from './shorthand';
import { GROUPS } from './groups';
import { clauseBreakIn, isNumberNorm, isWordChar, type Sentence, type Token } from './tokenize';
import type { Word } from './words';

export type Tier = 'strong' | 'cue';

export interface Hit {
  flag: FlagId;
  tier: Tier;
  start: number;
  end: number;
  /** Index of the first token the phrase covers. */
  token: number;
  negated: boolean;
  /** From the flag's `withAsk` phrases: strong only beside an ask (see matchPhrases). */
  withAsk?: boolean;
  /** From the flag's `aboutGroup` phrases: a hit only in a sentence that names a group (features.ts). */
  aboutGroup?: boolean;
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

/** One phrase as a sticky regex, tried at the offset where one of its first words stands, ending at a word end. */
function stickyPhrase(src: string): RegExp {
  return new RegExp(`(?:${compileSource(src)})(?![a-z0-9])`, 'y');
}

/** One regex per flag and tier: the phrases as alternatives, starting at a word start, ending at a word end. */
export function compileAlternatives(sources: readonly string[]): RegExp {
  const body = sources.map(compileSource).join('|');
  return new RegExp(`\\b(?:${body})(?![a-z0-9])`, 'g');
}

interface Cue { flag: FlagId; words: string[] }

/**
 * A strong phrase tried only where the text has a word it can start with (sticky, anchored there),
 * and, when `second` is known, only where the next word begins with one of those prefixes.
 */
interface Anchored {
  flag: FlagId;
  re: RegExp;
  /** The folded phrase source, read for `second` on the phrase's first try (reading all at start-up takes tens of ms). */
  source: string;
  second: readonly string[];
  /** The words a match cannot lack and how long it can be (phrase-needs.ts), read with `second`; undefined when that cannot be told. */
  needs?: PhraseNeeds | undefined;
  /** The phrase spells out a Dutch negator ("geen kut waard", "horen hier niet"): that one denies nothing. */
  ownNegator: boolean;
  /** From the flag's `withAsk` list: strong only beside an ask. */
  withAsk: boolean;
  /** From the flag's `aboutGroup` list: said of a group of people. */
  aboutGroup: boolean;
}

/** What a match of the phrase cannot lack (phrase-needs.ts). */
const readNeeds = (source: string): PhraseNeeds | undefined => phraseNeeds(compileSource(source));

/** `second` not read yet, and a phrase whose second word cannot be told (always tried): compared by identity. */
const NOT_READ: readonly string[] = [];
const ANY_WORD: readonly string[] = [''];

/**
 * The phrases that start with one word, and, once read, the same phrases sorted by how their
 * second word may begin: a common word like "i" or "you" starts a dozen phrases, and comparing
 * each one's second-word prefixes was the matcher's costliest step.
 */
interface AnchorGroup {
  phrases: Anchored[];
  /** By the next word's first two characters, the phrases (in order) that may match. */
  byTwo?: Map<number, Anchored[]>;
  /** By the next word's first character, when no two-character entry applies. */
  byOne?: Map<number, Anchored[]>;
  /**
   * The same two maps read into arrays by ASCII code, next word's first character then second
   * (each second level already holding the fallback): two array reads instead of two hash lookups.
   */
  byAscii?: (Anchored[][] | undefined)[];
  /** The phrases that match whatever follows (second word unknown), in order. */
  anyNext?: Anchored[];
}

const twoChars = (s: string, at: number): number => s.charCodeAt(at) * 65536 + (s.charCodeAt(at + 1) || 0);

function readNext(group: AnchorGroup): void {
  const { phrases } = group;
  for (const a of phrases) {
    if (a.second !== NOT_READ) continue;
    a.second = secondWordPrefixes(a.source) ?? ANY_WORD;
    a.needs = readNeeds(a.source);
  }
  const any = (a: Anchored) => a.second === ANY_WORD;
  const byTwo = new Map<number, Anchored[]>();
  const byOne = new Map<number, Anchored[]>();
  // A one-letter prefix ("a") matches whatever follows its letter; longer ones need their first two.
  const oneLetter = (a: Anchored, c: number) => a.second.some((p) => p.length === 1 && p.charCodeAt(0) === c);
  for (const a of phrases) {
    if (any(a)) continue;
    for (const p of a.second) {
      const c = p.charCodeAt(0);
      if (!byOne.has(c)) byOne.set(c, phrases.filter((b) => any(b) || oneLetter(b, c)));
      if (p.length < 2) continue;
      const key = twoChars(p, 0);
      if (!byTwo.has(key)) byTwo.set(key, phrases.filter((b) => any(b) || oneLetter(b, c) || b.second.some((q) => q.length > 1 && twoChars(q, 0) === key)));
    }
  }
  group.byTwo = byTwo;
  group.byOne = byOne;
  const byAscii: (Anchored[][] | undefined)[] = new Array(128).fill(undefined);
  for (const [c, list] of byOne) if (c < 128) byAscii[c] = new Array<Anchored[]>(128).fill(list);
  for (const [key, list] of byTwo) {
    const c1 = Math.floor(key / 65536), c2 = key % 65536;
    if (c1 < 128 && c2 < 128) byAscii[c1]![c2] = list;
  }
  group.byAscii = byAscii;
  group.anyNext = phrases.filter(any);
}

interface CompiledLexicon {
  lexicon: Lexicon;
  /** Strong phrases whose first word is known, by that word. */
  anchored: Map<string, AnchorGroup>;
  /** Strong phrases whose start cannot be told (a digit, a symbol): one scanning regex per flag. */
  patterns: { flag: FlagId; tier: Tier; re: RegExp; withAsk?: boolean }[];
  /** Cue words and short phrases, by their first word: a token lookup is far cheaper than a regex scan. */
  cues: Map<string, Cue[]>;
  negators: Set<string>;
  /** Request frames as word lists, by their last word. */
  reportedFrames: Map<string, string[][]>;
  clauseBreaks: Set<string>;
  mentionWords: Set<string>;
  askWords: Set<string>;
  secondPerson: Set<string>;
  profanity: Set<string>;
  slurs: Set<string>;
  hostile: Set<string>;
  undoubledProfanity: Set<string>;
  acronyms: Set<string>;
  /** The writer speaking as the seller. */
  sellerVoice: PhraseSet;
  /** The writer offering to pay for an extra. */
  paysForExtra: PhraseSet;
  /** The writer's own words that keep calm mail calm, per reading. */
  calm: Record<CalmReading, PhraseSet>;
  /** Whether a word written otherwise than its norm ("b1tch", "2024") is profane, by its written form. */
  profaneAsWritten: Map<string, boolean>;
}

/** The lexicon's answers for one word (as its token's norm): the matcher asks them of every token. */
export interface WordLex {
  anchored: AnchorGroup | undefined;
  /** By phrase set id, the set's phrases that start with the word (null: none), filled in on first use. */
  sets: (SetPhrase[] | null | undefined)[];
  cues: Cue[] | undefined;
  /** Profane when written as the norm reads (a token whose text differs is checked as written). */
  profane: boolean;
  /** A slur (Lexicon.slurs): abuse whoever it is said to. */
  slur: boolean;
  hostile: boolean;
  secondPerson: boolean;
  /** The word a misspelling or chat shorthand stands for ("refnud" → "refund", "u" → "you"), if any. */
  meant: string | undefined;
}

const OWN_NEGATOR = /\b(?:niet|geen|nooit)\b/;

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const patterns: CompiledLexicon['patterns'] = [];
  const anchored = new Map<string, AnchorGroup>();
  const cues = new Map<string, Cue[]>();
  for (const flag of FLAG_IDS) {
    const f = lexicon.flags[flag];
    const unanchored: string[] = [], unanchoredWithAsk: string[] = [];
    const withAsk = new Set(f.withAsk);
    const aboutGroup = new Set(f.aboutGroup);
    for (const src of [...f.strong, ...withAsk, ...aboutGroup]) {
      const words = firstWords(foldText(src));
      if (!words && aboutGroup.has(src)) throw new Error(`aboutGroup phrase "${src}" must start with a word`);
      if (!words) { (withAsk.has(src) ? unanchoredWithAsk : unanchored).push(src); continue; }
      // One record per phrase, shared by its first words, so its second words are read once.
      const phrase: Anchored = { flag, re: stickyPhrase(src), source: foldText(src), second: NOT_READ, ownNegator: OWN_NEGATOR.test(src), withAsk: withAsk.has(src), aboutGroup: aboutGroup.has(src) };
      for (const w of words) {
        const group = anchored.get(w) ?? { phrases: [] };
        group.phrases.push(phrase);
        anchored.set(w, group);
      }
    }
    if (unanchored.length) patterns.push({ flag, tier: 'strong', re: compileAlternatives(unanchored) });
    if (unanchoredWithAsk.length) patterns.push({ flag, tier: 'strong', re: compileAlternatives(unanchoredWithAsk), withAsk: true });
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
    mentionWords: new Set(lexicon.mentionWords),
    askWords: new Set(lexicon.askWords),
    secondPerson: new Set(lexicon.secondPerson),
    profanity: new Set(lexicon.profanity),
    slurs: new Set(lexicon.slurs),
    hostile: new Set(lexicon.hostile.map(foldText)),
    undoubledProfanity: new Set(lexicon.profanity.map(undouble)),
    acronyms: new Set(lexicon.acronyms),
    sellerVoice: compilePhraseSet(lexicon.sellerVoice, 0),
    paysForExtra: compilePhraseSet(lexicon.paysForExtra, 1),
    calm: Object.fromEntries(Object.entries(lexicon.calm).map(([k, list], n) => [k, compilePhraseSet(list, 2 + n)])) as Record<CalmReading, PhraseSet>,
    profaneAsWritten: new Map(),
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
/** What a pattern belongs to: a flag, or a set that reads the whole message. */
type PhraseLabel = FlagId | CalmReading | 'sellerVoice' | 'paysForExtra';

export function allPhraseRegexes(lang: 'en' | 'nl'): { flag: PhraseLabel; re: RegExp }[] {
  const lex = lexiconFor(lang);
  const seen = new Set<RegExp>();
  const out: { flag: PhraseLabel; re: RegExp }[] = [...lex.patterns];
  const sets = [['sellerVoice', lex.sellerVoice], ['paysForExtra', lex.paysForExtra], ...Object.entries(lex.calm)] as [PhraseLabel, PhraseSet][];
  for (const [flag, set] of sets) {
    if (set.scan) out.push({ flag, re: set.scan });
    for (const list of set.byWord.values()) for (const { re } of list) if (!seen.has(re)) { seen.add(re); out.push({ flag, re }); }
  }
  for (const group of lex.anchored.values()) for (const a of group.phrases) if (!seen.has(a.re)) { seen.add(a.re); out.push(a); }
  return out;
}

/**
 * The writer speaks as the one being paid: "that's a bit low for me", "ik doe er 50 euro af". The
 * user is the seller, so such a message is their own side of a haggle, not a client's pressure.
 */
export function speaksAsSeller(text: { folded: string; tokens: readonly Token[] }, lang: Lang): boolean {
  return holdsAny(lexiconFor(lang).sellerVoice, text, lang);
}

/**
 * The writer offers to pay for the extra they ask for: "what would you charge for that?", "reken
 * het maar als meerwerk". Asking for more work and paying for it is no free extra.
 */
export function offersToPay(text: { folded: string; tokens: readonly Token[] }, lang: Lang): boolean {
  return holdsAny(lexiconFor(lang).paysForExtra, text, lang);
}

/**
 * Whether the writer's own words say `reading` (lexicon/types.ts, CalmReadings): "I'll pay the
 * invoice on Friday" promises payment, "does that still work for you?" leaves a date open. With a
 * token range, a phrase that starts within it.
 */
export function writerSays(reading: CalmReading, text: { folded: string; tokens: readonly Token[] }, lang: Lang, range?: readonly [number, number]): boolean {
  return holdsAny(lexiconFor(lang).calm[reading], text, lang, range);
}

/**
 * Whether the text holds a phrase of the set, as written or, like the flags' phrases, as meant
 * ("im asking 40"); with a token range, a phrase that starts within it.
 */
function holdsAny(set: PhraseSet, { folded, tokens }: { folded: string; tokens: readonly Token[] }, lang: Lang,
  range: readonly [number, number] = [0, tokens.length]): boolean {
  const lex = lexiconFor(lang);
  const starting = (i: number): SetPhrase[] | undefined => {
    const sets = wordLex(tokens[i]!.word, lex, lang).sets;
    let list = sets[set.id];
    if (list === undefined) list = sets[set.id] = set.byWord.get(tokens[i]!.norm) ?? null;
    return list ?? undefined;
  };
  if (holdsIn(set, folded, range, (i) => tokens[i]!.start, (i) => tokens[i]!.end, starting, undefined, tokens)) return true;
  const canon = canonicalText(folded, tokens, lang);
  if (!canon) return false;
  const { starts, forms } = canon;
  return holdsIn(set, canon.text, range, (i) => starts[i]!, (i) => starts[i]! + forms[i]!.length, (i) => set.byWord.get(forms[i]!), canon.near);
}

/**
 * holdsAny in `src` for phrases starting at tokens [first, last), where token i runs from
 * `start(i)` to `end(i)` and `starting(i)` are the phrases that may start with it; with `from`,
 * anchored phrases are tried only at the tokens it marks. With `tokens` (the text as written), a
 * phrase whose needed words are nowhere near is not tried.
 */
function holdsIn({ byWord, clitics, scan }: PhraseSet, src: string, [first, last]: readonly [number, number],
  start: (i: number) => number, end: (i: number) => number, starting: (i: number) => SetPhrase[] | undefined, from?: Uint8Array,
  tokens?: readonly Token[]): boolean {
  if (last <= first) return false;
  const places = tokens && placesOf(tokens);
  const tryAt = (list: readonly SetPhrase[] | undefined, i: number, at: number): boolean => {
    if (list) {
      for (const p of list) {
        if (p.needs === NOT_READ_NEEDS) p.needs = readNeeds(p.source);
        const needs = p.needs;
        if (places && needs && !places.anyAfter(needs, i, at)) continue;
        p.re.lastIndex = at;
        if (p.re.test(src)) return true;
      }
    }
    return false;
  };
  for (let i = first; i < last; i++) {
    if (from && !from[i]) continue;
    if (tryAt(starting(i), i, start(i))) return true;
    // "'s" begins a phrase inside the word it is glued to: "that's a bit low for me".
    for (const c of clitics) {
      const at = end(i) - c.length;
      if (at > start(i) && src.startsWith(c, at) && tryAt(byWord.get(c), i, at)) return true;
    }
  }
  if (!scan) return false;
  scan.lastIndex = start(first);
  const match = scan.exec(src);
  return match !== null && match.index < end(last - 1);
}

/**
 * A set of phrases that say something of the whole message (the seller's voice, an offer to pay),
 * each tried only where the text has a word it can start with (as the strong phrases are): one
 * scanning regex over the whole text was a twentieth of the analysis.
 */
interface PhraseSet {
  /** Its place in each word's `sets` (WordLex): one per set of a language. */
  id: number;
  byWord: Map<string, SetPhrase[]>;
  /** First words that are a clitic ("'s"), found at the end of the word they are glued to. */
  clitics: string[];
  /** The phrases whose first word cannot be told (a price), in one scanning regex. */
  scan: RegExp | undefined;
}

/** A phrase of a set, and what it needs (read on its first try). */
interface SetPhrase { re: RegExp; source: string; needs: PhraseNeeds | undefined }
/** `needs` not read yet: compared by identity. */
const NOT_READ_NEEDS: PhraseNeeds = { words: [], reach: 0, heads: [], generation: -1 };

function compilePhraseSet(sources: readonly string[], id: number): PhraseSet {
  const byWord = new Map<string, SetPhrase[]>();
  const unanchored: string[] = [];
  for (const src of sources) {
    const words = firstWords(foldText(src));
    if (!words) { unanchored.push(src); continue; }
    const phrase: SetPhrase = { re: stickyPhrase(src), source: foldText(src), needs: NOT_READ_NEEDS };
    for (const w of words) {
      const list = byWord.get(w);
      if (list) list.push(phrase); else byWord.set(w, [phrase]);
    }
  }
  const clitics = [...byWord.keys()].filter((w) => w.startsWith("'"));
  return { id, byWord, clitics, scan: unanchored.length ? compileAlternatives(unanchored) : undefined };
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
const MASK_MARK = /[a-z][*#@$%!]{1,3}[a-z]/;

/** Three of one letter in a row ("fuuuck"): a hand loop, as this runs on every word. */
function hasTripleLetter(w: string): boolean {
  for (let i = 2; i < w.length; i++) if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) return true;
  return false;
}

/** A digit or one of @ $ ! (the leetspeak letters), by char code: this runs on every word. */
function hasLeet(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33) return true;
  }
  return false;
}

function isProfane(word: string, list: Set<string>, undoubled: Set<string>): boolean {
  if (list.has(word)) return true;
  const plain = hasLeet(word) ? word.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c) : word;
  // Only stretched words (three of a letter in a row) are undoubled, so "as" never reads as "ass".
  return list.has(plain) || (hasTripleLetter(plain) && undoubled.has(undouble(plain)));
}

/**
 * A hostile word, also misspelt by a letter ("verachtleijk") or run into the word before it
 * ("gewoonzielig", "zijnongedierte": a missing space is a common way to slip past filters).
 */
function isHostile(norm: string, list: Set<string>, lang: Lang): boolean {
  if (list.has(norm) || isMisspeltIn(norm, list, lang)) return true;
  if (norm.length < 6) return false;
  for (let cut = 3; norm.length - cut >= 6; cut++) if (list.has(norm.slice(cut))) return true;
  return false;
}

/** A slur or swear word misspelt by a letter or glued to a short word ("kankerhoer" as "kankehroer", "eenflikker"). */
function isMisspeltIn(norm: string, list: Set<string>, lang: Lang): boolean {
  const fixed = correctTypo(norm, lang);
  return fixed !== undefined && list.has(fixed);
}

/** A swear word compounded with another ("kutagent", "teringtokkies"): the rest of the word, see Lexicon.swearPrefixes. */
function isSwearCompound(norm: string, lexicon: Lexicon): string | undefined {
  const prefix = lexicon.swearPrefixes?.find((p) => norm.startsWith(p) && norm.length - p.length >= 3);
  if (prefix === undefined || lexicon.calmAfterSwear?.some((c) => norm.startsWith(c, prefix.length))) return undefined;
  return norm.slice(prefix.length);
}

/**
 * A slur, or a swear word compounded with a group's name or another swear word ("kutpolen",
 * "teringflikkers"); `compoundRest` is what isSwearCompound left of the word.
 */
function isSlur(norm: string, compoundRest: string | undefined, lex: CompiledLexicon): boolean {
  if (lex.slurs.has(norm)) return true;
  return compoundRest !== undefined && (GROUPS.has(compoundRest) || lex.slurs.has(compoundRest) || lex.profanity.has(compoundRest));
}

/** isProfane of a word as written, remembered: numbers ("2024", "15") are common and each needs a leetspeak pass. */
function profaneAsWritten(written: string, lex: CompiledLexicon): boolean {
  let p = lex.profaneAsWritten.get(written);
  if (p === undefined) {
    if (lex.profaneAsWritten.size > 50_000) lex.profaneAsWritten.clear();
    p = isProfane(written, lex.profanity, lex.undoubledProfanity);
    lex.profaneAsWritten.set(written, p);
  }
  return p;
}

/** The lexicon's answers for a word, worked out on first use and kept on its shared record. */
function wordLex(word: Word, lex: CompiledLexicon, lang: Lang): WordLex {
  // "other" reads with the English lexicon but without its typo list: its answers are never kept.
  const notes = lang === 'nl' ? word.nl : lang === 'en' ? word.en : undefined;
  if (notes?.lex) return notes.lex;
  const norm = word.norm;
  const compoundRest = isSwearCompound(norm, lex.lexicon);
  const w: WordLex = {
    anchored: lex.anchored.get(norm),
    sets: [],
    cues: lex.cues.get(norm),
    profane: isProfane(norm, lex.profanity, lex.undoubledProfanity) || isMisspeltIn(norm, lex.profanity, lang) || compoundRest !== undefined,
    slur: isSlur(norm, compoundRest, lex),
    hostile: isHostile(norm, lex.hostile, lang),
    secondPerson: lex.secondPerson.has(norm),
    meant: norm.includes('#') ? undefined : shorthandOf(norm, lang) ?? correctTypo(norm, lang),
  };
  if (notes) notes.lex = w;
  return w;
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

/**
 * Questions that open with these ask all the same when negated: "Kan het niet wat goedkoper?",
 * "Krijg ik geen korting?", "Can't you do it for less?", "Isn't that too expensive?"
 */
const ASKING_OPENERS = new Set(['kan', 'kun', 'kunt', 'kunnen', 'zou', 'zoudt', 'zouden', 'wil', 'wilt', 'mag', 'moet', 'waarom',
  'krijg', 'krijgt', 'krijgen', 'doe', 'doet', 'geef', 'geeft', 'is', 'vind', 'vindt',
  'can', 'could', 'would', 'will', 'why', "can't", "couldn't", "wouldn't", "won't", 'cant', 'couldnt', 'wouldnt', 'wont',
  "shouldn't", 'shouldnt', "isn't", 'isnt', "aren't", 'arent', "don't", 'dont', "doesn't", 'doesnt']);

const QUESTION_REACH = 40;

function isAskingQuestion(text: string, tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  // The question opens its clause: "We zijn maar een kleine stichting, kan het niet wat goedkoper?".
  // Only a question of at most QUESTION_REACH words counts, which keeps this linear on any input.
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === sentence && !clauseBreakIn(text, tokens[first - 1]!.end, tokens[first]!.start)) {
    if (at - --first > QUESTION_REACH) return false;
  }
  return ASKING_OPENERS.has(tokens[first]!.norm) && isQuestion(text, tokens, first);
}

const OFFERING_SUBJECTS = new Set(['i', "i'll", 'we', "we'll", 'ik', 'wij', 'we']);
const OFFERING_VERBS = new Set(['can', 'could', 'will', 'also', 'include', 'throw', 'add', 'give', 'offer', 'am', 'happy',
  'kan', 'kunnen', 'zal', 'zullen', 'doe', 'doen', 'geef', 'geven', 'gooi', 'lever', 'leveren', 'ben', 'ook']);

/** "I expect that you do the pages for free": the extra is in a clause about someone else. */
const SUBORDINATORS = new Set(['that', 'dat']);
/** Dutch subjects that follow their verb after a fronted object ("… doe ik er gratis bij"). */
const INVERTED_SUBJECTS = new Set(['ik', 'wij']);
/** How far before the extra the offering "I" may stand ("I can do it for 250 and throw in the stand"). */
const OFFER_REACH = 10;

/**
 * "I can throw in the covers", "I'll include the box spring for free", "ik doe de hoes er gratis
 * bij": the writer offers the extra, which is a gift, not a demand. Only for free extras, and not
 * in a question ("Can I get it for free?" asks).
 */
function isOwnOffer(flag: FlagId, text: string, tokens: readonly Token[], first: number): boolean {
  if (flag === 'deadline_pressure') return isOwnCommitment(text, tokens, first);
  if (flag !== 'free_extras') return false;
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1, seen = 0; i >= 0 && seen < OFFER_REACH; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || clauseBreakIn(text, t.end, tokens[i + 1]!.start)) return false;
    // "I'll pay 250 if you throw in the stand": the extra is the reader's, on a condition.
    if (NOT_COMMITTED.has(t.norm) || SUBORDINATORS.has(t.norm) || isSecondPersonSubject(t.norm, tokens[i + 1]!.norm)) return false;
    if (!OFFERING_SUBJECTS.has(t.norm)) continue;
    const next = tokens[i + 1]!;
    // Dutch puts the verb first after a fronted object: "de hoes doe ik er gratis bij".
    const offers = t.norm.endsWith("'ll") ? !NOT_PROMISES.has(next.norm) : OFFERING_VERBS.has(next.norm) ||
      (INVERTED_SUBJECTS.has(t.norm) && i > 0 && OFFERING_VERBS.has(tokens[i - 1]!.norm));
    return offers && !isQuestion(text, tokens, first);
  }
  return false;
}

const COMMITTING_SUBJECTS = new Set(['i', 'we', 'ik', 'wij']);
/** "I'll", "we'll": subject and promise in one word. */
const PROMISING_SUBJECTS = new Set(["i'll", 'ill', "we'll"]);
/** After "I" / "we", a verb of the writer's own doing or promising ("I will send", "we leveren", "ik stuur"). */
const COMMITTING_VERBS = new Set(['will', 'can', 'shall', 'promise', 'plan', 'intend',
  'zal', 'zullen', 'kan', 'kunnen', 'stuur', 'sturen', 'lever', 'leveren', 'kom', 'komen', 'breng', 'brengen',
  'betaal', 'betalen', 'maak', 'maken', 'regel', 'regelen', 'bel', 'bellen', 'mail', 'mailen',
  // "ik laat het je binnen een uur weten", "wij reageren binnen een dag"
  'laat', 'laten', 'reageer', 'reageren', 'antwoord', 'antwoorden', 'bevestig', 'bevestigen',
  // A business's own service times: "we guarantee delivery within 48 hours", "we ship within a day".
  'guarantee', 'ensure', 'deliver', 'ship', 'respond', 'reply', 'garanderen', 'garandeer', 'beloof', 'beloven', 'verzend', 'verzenden']);
/** After "I'll", what the writer still demands or fears ("I'll need it by Friday", "I'll lose my job if …"). */
const NOT_PROMISES = new Set(['need', 'want', 'expect', 'have', 'lose', 'be', 'look', 'go', 'take', 'cancel', 'find', 'report']);
/** "We'll have it done by Friday": "have" with the work finished is a promise, unlike "I'll have to …". */
const DONE_WORDS = new Set(['done', 'ready', 'finished', 'sent', 'delivered', 'fixed', 'completed', 'back', 'over']);
function hasDoneWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DONE_WORDS.has(tokens[k]!.norm)) return true;
  return false;
}
/** Words that make the time a condition or a leverage, not a promise ("if", "otherwise", "graag"). */
const NOT_COMMITTED = new Set(['if', 'unless', 'otherwise', 'else', 'or', 'als', 'tenzij', 'indien', 'anders', 'graag', 'need', 'nodig']);
/** "you can deliver", "jij moet": the reader as the one who acts ("I'll send you" only names them). */
const SECOND_PERSON_SUBJECTS = new Set(["you're", "you'll", "you've", 'youre', 'jij', 'jullie', 'ge']);
const SECOND_PERSON_VERBS = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'need', 'have', 'are', 'get', 'do', 'to',
  'kan', 'kunt', 'moet', 'moeten', 'zou', 'zal', 'wil', 'wilt', 'bent', 'hebt', 'gaat', 'mag', 'kunnen', 'zullen']);
const isSecondPersonSubject = (word: string, next: string): boolean =>
  SECOND_PERSON_SUBJECTS.has(word) || ((word === 'you' || word === 'u' || word === 'je') && SECOND_PERSON_VERBS.has(next));
/** How far before a time phrase its subject may stand ("I will finish the last two tickets by tomorrow"). */
const COMMITMENT_REACH = 8;

/**
 * "I will send the report by tomorrow morning", "I'll get back to you asap", "we leveren het
 * uiterlijk morgen": the writer promises their own part by a time, which presses no one. Only with
 * a verb of doing or promising right after "I" / "we" (not "I need it by Friday", "we're signing
 * with someone else by this afternoon"), with no "you", condition or "graag" between, and not in
 * a question ("Can we have it by Friday?").
 */
function isOwnCommitment(text: string, tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1, seen = 0; i >= 0 && seen < COMMITMENT_REACH; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || clauseBreakIn(text, t.end, tokens[i + 1]!.start)) return false;
    if (NOT_COMMITTED.has(t.norm) || isSecondPersonSubject(t.norm, tokens[i + 1]!.norm)) return false;
    const next = tokens[i + 1]!;
    const promises = PROMISING_SUBJECTS.has(t.norm)
      ? !NOT_PROMISES.has(next.norm) || (next.norm === 'have' && tokens[i + 2]?.norm !== 'to' && hasDoneWord(tokens, i + 2, first))
      : COMMITTING_SUBJECTS.has(t.norm) && COMMITTING_VERBS.has(next.norm);
    if (!PROMISING_SUBJECTS.has(t.norm) && !COMMITTING_SUBJECTS.has(t.norm)) continue;
    if (!promises || i + 1 >= first) return false;
    // A condition before the subject in the same sentence ("If I can't have it by Friday …").
    for (let k = i - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (NOT_COMMITTED.has(tokens[k]!.norm)) return false;
    return !isQuestion(text, tokens, first);
  }
  return false;
}

/** The sentence of token `at` ends in "?" within QUESTION_REACH words. */
function isQuestion(text: string, tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let last = at;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence && last - at < QUESTION_REACH) last++;
  return text.slice(tokens[last]!.end, tokens[last]!.end + 4).includes('?');
}

const CONDITIONS = new Set(['if', 'unless', 'als', 'tenzij', 'indien', 'wanneer', 'zolang']);
/** "nothing but", "niets anders dan", "niets dan": the negator introduces what the writer asserts. */
const ONLY_AFTER = new Map([['nothing', ['but', 'more', 'less']], ['niets', ['anders', 'dan', 'meer', 'minder']], ['niks', ['anders', 'dan', 'meer', 'minder']]]);

/**
 * A negator that denies nothing. In a condition it states what the writer demands: "If I don't
 * get a discount, …", "als ik mijn geld niet terugkrijg, …" (the condition word at most four words
 * before it, in the same sentence). Before "but" or "dan" it asserts: "these people are nothing
 * but vermin", "ik voel niets dan minachting".
 */
export function negatesNothing(tokens: readonly Token[], negator: number): boolean {
  const next = tokens[negator + 1];
  if (next && ONLY_AFTER.get(tokens[negator]!.norm)?.includes(next.norm)) return true;
  const sentence = tokens[negator]!.sentence;
  // A question's tag at its end, "…, or not?", "ga je mee naar beneden of niet?", asks rather than denies.
  const before = tokens[negator - 1];
  if (before?.sentence === sentence && (before.norm === 'or' || before.norm === 'of') && (!next || next.sentence !== sentence)) return true;
  for (let i = negator - 1; i >= 0 && negator - i <= 4 && tokens[i]!.sentence === sentence; i--) {
    if (CONDITIONS.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** A word that negates what follows it: the lexicon's negators and any English "-n't". */
export function isNegator(norm: string, lang: Lang): boolean {
  return lexiconFor(lang).negators.has(norm) || norm.endsWith("n't");
}

/** What a quotation mark at `c` does: open, close, both (a straight double quote) or neither (an apostrophe in a word). */
function quoteMark(text: string, c: number): 'open' | 'close' | 'toggle' | undefined {
  const ch = text[c];
  if (ch === '“' || ch === '„' || ch === '«' || ch === '‘') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  if (ch === '"') return 'toggle';
  if (ch !== "'" && ch !== '’') return undefined;
  const before = c > 0 && isWordChar(text, c - 1), after = c + 1 < text.length && isWordChar(text, c + 1);
  if (!before && after) return ch === "'" ? 'open' : undefined;
  return before && !after ? 'close' : undefined;
}

/** Token `at`'s sentence as a token range [first, last). */
function sentenceAround(tokens: readonly Token[], at: number): { first: number; last: number } {
  let first = at, last = at + 1;
  while (first > 0 && tokens[first - 1]!.sentence === tokens[at]!.sentence) first--;
  while (last < tokens.length && tokens[last]!.sentence === tokens[at]!.sentence) last++;
  return { first, last };
}

/**
 * Token `at` stands between quotation marks in a sentence that reports someone's words ("ik werd
 * 'vuile jood' genoemd", "he called them 'vermin'"): abuse mentioned, not aimed at anyone here.
 */
function isQuotedMention(text: string, tokens: readonly Token[], at: number, lex: CompiledLexicon): boolean {
  const s = sentenceAround(tokens, at);
  const q = sentenceQuotes(text, tokens, s, lex);
  return q.reported && q.quoted[at - s.first] === 1;
}

/** Per sentence, read once: whether it reports someone's words, and which of its tokens stand in quotation marks. */
interface SentenceQuotes {
  reported: boolean;
  /** By token, from the sentence's first: 1 where the token is between marks that open and close in the sentence. */
  quoted: Uint8Array;
}

/**
 * What isQuotedMention asks, for every token of a sentence (tokens [first, last)) in two passes: a
 * sentence of many swear words costs its length once, not once per swear word.
 */
function sentenceQuotes(text: string, tokens: readonly Token[], s: { first: number; last: number }, lex: CompiledLexicon): SentenceQuotes {
  let reported = false;
  for (let i = s.first; i < s.last && !reported; i++) reported = lex.mentionWords.has(tokens[i]!.norm);
  const quoted = new Uint8Array(s.last - s.first);
  let open = false;
  let c = s.first > 0 ? tokens[s.first - 1]!.end : 0;
  for (let i = s.first; i < s.last; i++) {
    for (const start = tokens[i]!.start; c < start; c++) {
      const mark = quoteMark(text, c);
      if (mark === 'open') open = true;
      else if (mark === 'close') open = false;
      else if (mark === 'toggle') open = !open;
    }
    if (open) quoted[i - s.first] = 1;
  }
  // …and the quotation closes later in the sentence.
  let closes = false;
  c = (s.last < tokens.length ? tokens[s.last]!.start : text.length) - 1;
  for (let i = s.last - 1; i >= s.first; i--) {
    for (const end = tokens[i]!.end; c >= end; c--) {
      const mark = quoteMark(text, c);
      if (mark === 'close' || mark === 'toggle') closes = true;
    }
    if (!closes) quoted[i - s.first] = 0;
  }
  return { reported, quoted };
}

const isQuotedAbuse = (flag: FlagId, text: string, tokens: readonly Token[], at: number, lex: CompiledLexicon): boolean =>
  flag === 'abusive_language' && isQuotedMention(text, tokens, at, lex);

const RATHER = { en: new Set(['rather', 'sooner', 'prefer', 'prefers', 'preferred']), nl: new Set(['liever', 'prefereer', 'prefereren']) };

/** A "rather" / "liever" earlier in the sentence than token `at`. */
function rathersBefore(tokens: readonly Token[], at: number, sentence: number, lang: Lang): boolean {
  const words = lang === 'nl' ? RATHER.nl : RATHER.en;
  for (let i = at - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

function isNegated(text: string, tokens: readonly Token[], first: number, last: number, lex: CompiledLexicon, lang: Lang, ownNegator = false): boolean {
  const sentence = tokens[first]?.sentence;
  if (isAskingQuestion(text, tokens, first)) return false;
  // Up to three words back in the same clause: a negator.
  for (let i = first - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || clauseBreakIn(text, t.end, tokens[i + 1]!.start)) break;
    // "We'd rather wait than rush it", "liever later dan haastwerk": what is preferred against is declined.
    if ((t.norm === 'than' || t.norm === 'dan') && rathersBefore(tokens, i, sentence!, lang)) return true;
    if (lex.clauseBreaks.has(t.norm)) break;
    if (isNegator(t.norm, lang)) return !negatesNothing(tokens, i);
  }
  // Earlier in the same sentence, a restated request ("you would like X, Y and Z").
  for (let i = first - 1, seen = 0; i >= 0 && seen < 16; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    for (const frame of lex.reportedFrames.get(t.norm) ?? []) {
      const at = i - frame.length + 1;
      if (!frame.every((w, j) => tokens[at + j]?.norm === w)) continue;
      // An inverted frame after "ik" is the writer asking the reader: "ik vraag je om de factuur te
      // crediteren", unlike "in je mail vraag je om korting" (but "ik begrijp dat je om …" still restates).
      if (frame.length === 2 && OBJECT_TOO.has(frame[1]!) && FIRST_PERSON.has(tokens[at - 1]?.norm ?? '')) continue;
      return true;
    }
  }
  // Dutch puts the negation after the verb or inside the phrase: "ik wil mijn geld niet terug".
  if (lang === 'nl') {
    for (let i = ownNegator ? last + 1 : first; i <= last + 2 && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.sentence !== sentence) break;
      if (i > last && clauseBreakIn(text, tokens[i - 1]!.end, t.start)) break;
      if (t.norm === 'niet' || t.norm === 'geen' || t.norm === 'nooit') return !negatesNothing(tokens, i);
    }
  } else {
    // English declines after the words: "delivery by tomorrow is not possible", "isn't feasible".
    for (let i = last + 1; i <= last + 3 && i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.sentence !== sentence || clauseBreakIn(text, tokens[i - 1]!.end, t.start) || lex.clauseBreaks.has(t.norm)) break;
      if (isNegator(t.norm, lang) && DECLINED.has(tokens[i + 1]!.norm)) return true;
    }
  }
  return false;
}

const FIRST_PERSON = new Set(['i', 'we', 'ik', 'wij']);
/** Pronouns that are the subject after an inverted verb ("vraag je") and the object after "ik vraag". */
const OBJECT_TOO = new Set(['je', 'u', 'jou', 'jullie']);

/** What a request is said not to be, right after a negator: "… is not possible". */
const DECLINED = new Set(['possible', 'feasible', 'doable', 'realistic', 'workable', 'achievable']);

/**
 * The folded text as the phrases should read it when some word was disguised, misspelt or written
 * as chat shorthand ("d o d e n", "sm3rig", "terugbetalnig", "can u"): each such word replaced by
 * the word it stands for, the gaps between words kept. Undefined when every word is written
 * plainly, the usual case, so the second pass costs nothing then. `starts[i]` is token i's offset
 * in the new text, `forms[i]` its word there.
 */
function canonicalText(folded: string, tokens: readonly Token[], lang: Lang): Canonical | undefined {
  // The phrases, the seller's voice and the offer to pay all ask for it: worked out once per text.
  if (lastCanonical.tokens === tokens && lastCanonical.lang === lang) return lastCanonical.result;
  const result = readAsMeant(folded, tokens, lang);
  lastCanonical = { tokens, lang, result };
  return result;
}

interface Canonical {
  text: string;
  starts: number[];
  forms: string[];
  irregular: Uint8Array;
  /** The tokens a phrase holding an irregular one can start at (startsNear). */
  near: Uint8Array;
}
let lastCanonical: { tokens: readonly Token[] | undefined; lang: Lang; result: Canonical | undefined } = { tokens: undefined, lang: 'en', result: undefined };

function readAsMeant(folded: string, tokens: readonly Token[], lang: Lang): Canonical | undefined {
  const lex = lexiconFor(lang);
  let irregular: Uint8Array | undefined;
  // The tokens whose form is not their norm, with that form: a list of forms is built only for
  // mail that needs a second reading.
  const unlike: [number, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const meant = wordLex(t.word, lex, lang).meant;
    const written = t.norm.length === t.end - t.start && folded.startsWith(t.norm, t.start);
    // Most words are written plainly and mean what they say: nothing to do.
    if (written && meant === undefined) continue;
    const plain = written ? t.norm : folded.slice(t.start, t.end);
    // An inflection ("invoices" → "invoice") is no disguise: the phrases read it as written.
    const form = t.norm.includes('#') ? plain : meant && !plain.startsWith(meant) ? meant : t.norm;
    if (form !== plain) (irregular ??= new Uint8Array(tokens.length))[i] = 1;
    if (form !== t.norm) unlike.push([i, form]);
  }
  if (!irregular) return undefined;
  const forms = tokens.map((t) => t.norm);
  for (const [i, form] of unlike) forms[i] = form;
  // Every other word's form is its folded text, so the new text differs only at the irregular
  // words: splice those in, and shift the offsets after each by its change in length. (Rebuilding
  // the whole text word by word cost a 100 KB email with one "u" some 40,000 string pieces.)
  const starts: number[] = [];
  const pieces: string[] = [];
  let from = 0, shift = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    starts.push(t.start + shift);
    if (!irregular[i]) continue;
    pieces.push(folded.slice(from, t.start), forms[i]!);
    shift += forms[i]!.length - (t.end - t.start);
    from = t.end;
  }
  pieces.push(folded.slice(from));
  return { text: pieces.join(''), starts, forms, irregular, near: startsNear(irregular) };
}

/** The most words a phrase spans (the longest found in all corpora spans 10): a phrase holding token t starts no further back. */
const PHRASE_REACH = 12;

/**
 * The tokens a phrase holding one of the `irregular` ones can start at. A long email with one "u"
 * or one typo is read a second time only around it, so the second pass stays as cheap as the
 * words that need it (without this, a 100 KB email took 60 % longer).
 */
function startsNear(irregular: Uint8Array): Uint8Array {
  const near = new Uint8Array(irregular.length);
  for (let t = 0; t < irregular.length; t++) {
    if (irregular[t]) near.fill(1, Math.max(0, t - PHRASE_REACH), t + 1);
  }
  return near;
}

/** Whitespace as the phrase regexes' `\s` reads it (a superset is safe: it only lets more phrases be tried). */
function isSpace(c: number, src: string, at: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && /\s/.test(src[at]!);
}

/**
 * Where the word after the one at `start` begins, as a phrase reads it: past a run of [a-z0-9']
 * and then whitespace. -1 when no whitespace follows (no two-word phrase can match there).
 */
function nextWordStart(src: string, start: number): number {
  let e = start;
  for (let c = src.charCodeAt(e); (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39; c = src.charCodeAt(++e));
  let q = e;
  while (q < src.length && isSpace(src.charCodeAt(q), src, q)) q++;
  return q === e ? -1 : q;
}

function startsWithAny(src: string, at: number, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (src.startsWith(prefixes[k]!, at)) return true;
  return false;
}

/** Strong phrase hits found by the anchored phrases in `src`, where token i starts at `at(i)`. */
function anchoredHits(src: string, at: (i: number) => number, tokenEnding: (end: number) => number,
  text: string, tokens: readonly Token[], lex: CompiledLexicon, lang: Lang, hits: Hit[],
  keep?: (first: number, last: number) => boolean, from?: Uint8Array, forms?: readonly string[]): void {
  // A phrase already found covers any phrase of the same flag that lies wholly inside it.
  const coveredUntil = new Map<FlagId, number>();
  // The first pass only: the second reads words as meant, which the places do not know.
  let places: WordPlaces | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (from && !from[i]) continue;
    // The second pass starts a phrase at a word as meant: "reinburse me" starts as "reimburse".
    const group = forms && forms[i] !== tokens[i]!.norm ? lex.anchored.get(forms[i]!) : wordLex(tokens[i]!.word, lex, lang).anchored;
    if (!group) continue;
    if (!group.anyNext) readNext(group);
    const start = at(i);
    // A cheap look at the next word rules out most phrases before their regex runs.
    const next = nextWordStart(src, start);
    let candidates = group.anyNext!;
    if (next >= 0) {
      const c1 = src.charCodeAt(next), c2 = src.charCodeAt(next + 1) || 0;
      if (c1 < 128 && c2 < 128) candidates = group.byAscii![c1]?.[c2] ?? candidates;
      else candidates = group.byTwo!.get(twoChars(src, next)) ?? group.byOne!.get(c1) ?? candidates;
    }
    for (const a of candidates) {
      const { flag, re, second, needs, ownNegator, withAsk, aboutGroup } = a;
      if (second !== ANY_WORD && !startsWithAny(src, next, second)) continue;
      // A word the phrase cannot match without, nowhere near: skip the regex (nearly every try fails).
      if (needs && !from && !(places ??= placesOf(tokens)).anyAfter(needs, i, start)) continue;
      re.lastIndex = start;
      const m = re.exec(src);
      if (!m || m[0].length === 0) continue;
      const end = start + m[0].length;
      if (end <= (coveredUntil.get(flag) ?? -1)) continue; // inside a longer phrase already found
      coveredUntil.set(flag, end);
      const last = Math.min(tokens.length - 1, Math.max(i, tokenEnding(end)));
      if (keep && !keep(i, last)) continue;
      // Offsets in the text as written: the same as `src` in the first pass, mapped back in the second.
      const textEnd = keep ? tokens[last]!.end : end;
      const hit: Hit = { flag, tier: 'strong', start: tokens[i]!.start, end: textEnd, token: i, negated: isNegated(text, tokens, i, last, lex, lang, ownNegator) || isOwnOffer(flag, text, tokens, i) || isQuotedAbuse(flag, text, tokens, i, lex) };
      if (withAsk) hit.withAsk = true;
      if (aboutGroup) hit.aboutGroup = true;
      hits.push(hit);
    }
  }
}

/** All phrase hits of the text's language, strong and cue, with negation marked. */
export function matchPhrases(text: string, folded: string, tokens: readonly Token[], lang: Lang): Hit[] {
  const lex = lexiconFor(lang);
  const hits: Hit[] = [];
  if (tokens.length === 0) return hits;
  anchoredHits(folded, (i) => tokens[i]!.start, (end) => tokenAt(tokens, end - 1), text, tokens, lex, lang, hits);
  for (const { flag, tier, re, withAsk } of lex.patterns) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      const first = tokenAt(tokens, start);
      if (first >= tokens.length) continue;
      const last = Math.max(first, tokenAt(tokens, end - 1));
      // As for the anchored phrases: a negator the phrase itself holds ("… niet") is its own, not one that cancels it.
      const own = OWN_NEGATOR.test(m[0]);
      const hit: Hit = { flag, tier, start, end, token: first, negated: isNegated(text, tokens, first, last, lex, lang, own) || isOwnOffer(flag, text, tokens, first) || isQuotedAbuse(flag, text, tokens, first, lex) };
      if (withAsk) hit.withAsk = true;
      hits.push(hit);
    }
  }
  // Second pass over the words as meant, for phrases that hold a disguised or misspelt word.
  const canon = canonicalText(folded, tokens, lang);
  if (canon) {
    const { starts, irregular, near } = canon;
    const tokenEnding = (end: number): number => {
      let lo = 0, hi = starts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! < end) lo = mid + 1; else hi = mid; }
      return lo - 1;
    };
    const holdsIrregular = (first: number, last: number): boolean => {
      for (let t = first; t <= last; t++) if (irregular[t]) return true;
      return false;
    };
    const firstPass = hits.length;
    anchoredHits(canon.text, (i) => starts[i]!, tokenEnding, text, tokens, lex, lang, hits, holdsIrregular, near, canon.forms);
    // A phrase the first pass already read over the same words ("can u" read by both "can (you|u)"
    // passes) is one hit, not two: the model would otherwise weigh it twice.
    if (hits.length > firstPass) {
      const seen = new Set<string>();
      for (let k = 0; k < firstPass; k++) seen.add(spanKey(hits[k]!, tokens));
      let w = firstPass;
      for (let k = firstPass; k < hits.length; k++) if (!seen.has(spanKey(hits[k]!, tokens))) hits[w++] = hits[k]!;
      hits.length = w;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const candidates = wordLex(tokens[i]!.word, lex, lang).cues;
    if (!candidates) continue;
    for (const { flag, words } of candidates) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.norm === words[k]) k++;
      if (k < words.length) continue;
      const last = i + words.length - 1;
      hits.push({ flag, tier: 'cue', start: tokens[i]!.start, end: tokens[last]!.end, token: i, negated: isNegated(text, tokens, i, last, lex, lang) || isQuotedAbuse(flag, text, tokens, i, lex) });
    }
  }
  if (hits.some((h) => h.withAsk) && !asksSomething(tokens, hits, lex)) {
    for (const h of hits) if (h.withAsk) h.tier = 'cue';
  }
  return hits;
}

/** A hit's flag and the tokens it covers, to tell the same phrase read twice. */
const spanKey = (h: Hit, tokens: readonly Token[]): string => `${h.flag} ${h.token} ${tokenAt(tokens, h.end - 1)}`;

/** Flags whose demand is a concession: money, time or work. */
const CONCESSIONS = new Set<FlagId>(['discount_pressure', 'free_extras', 'refund_demand', 'deadline_pressure', 'payment_stalling']);

/**
 * The message asks for money, time or work: a concession's phrase, or one of the lexicon's ask
 * words outside the hardship phrase itself ("medical bills" is hardship, not a bill).
 */
function asksSomething(tokens: readonly Token[], hits: readonly Hit[], lex: CompiledLexicon): boolean {
  if (hits.some((h) => h.tier === 'strong' && !h.negated && !h.withAsk && CONCESSIONS.has(h.flag))) return true;
  const inHardship = (t: Token) => hits.some((h) => h.withAsk && t.start >= h.start && t.end <= h.end);
  return tokens.some((t) => lex.askWords.has(t.norm) && !inHardship(t));
}

export interface TokenMarks {
  /** Token indices that are profanity or slurs. */
  profane: Set<number>;
  /** Token indices that are slurs (Lexicon.slurs): abuse whoever they are said to. */
  slurs: Set<number>;
  /** Token indices that are words of contempt, disgust or violence (lexicon `hostile`). */
  hostile: Set<number>;
  /** Token indices that are second-person words. */
  secondPerson: Set<number>;
  /** Sentences written in capitals (shouting), by sentence index. */
  shouting: Set<number>;
}

/** Profanity, second person and shouting, per token and sentence. */
export function markTokens(text: string, folded: string, tokens: readonly Token[], sentences: readonly Sentence[], lang: Lang): TokenMarks {
  const lex = lexiconFor(lang);
  const profane = new Set<number>();
  const slurs = new Set<number>();
  const secondPerson = new Set<number>();
  const shouting = new Set<number>();
  const hostile = new Set<number>();
  const quotes = new Map<number, SentenceQuotes>();
  tokens.forEach((t, i) => {
    const w = wordLex(t.word, lex, lang);
    // Profanity is read as written ("b1tch"); most tokens are written as their norm reads.
    const asNorm = t.end - t.start === t.norm.length && folded.startsWith(t.norm, t.start);
    const profaneWord = asNorm ? w.profane : profaneAsWritten(folded.slice(t.start, t.end), lex);
    if (!profaneWord && !w.hostile) {
      if (w.secondPerson) secondPerson.add(i);
      return;
    }
    // Rare words, so the quotation check runs seldom, and once per sentence.
    const s = sentences[t.sentence]!;
    let q = quotes.get(t.sentence);
    if (!q) quotes.set(t.sentence, (q = sentenceQuotes(text, tokens, s, lex)));
    const inQuotes = q.quoted[i - s.first] === 1;
    if (q.reported && inQuotes) return;
    if (profaneWord) profane.add(i);
    // A slur between quotation marks, or in a sentence that reports words, is named, not called
    // ("de uitdrukking 'kankerlijer'", "iemand schreef kutmarokkanen op de muur").
    if (w.slur && profaneWord && !inQuotes && !q.reported) slurs.add(i);
    if (w.hostile) hostile.add(i);
    if (w.secondPerson) secondPerson.add(i);
  });
  MASKED.lastIndex = 0;
  // Most mail holds none of the masking marks: one scan for them is far cheaper than the pattern.
  if (MASK_MARK.test(folded)) for (const m of folded.matchAll(MASKED)) {
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
      if (isNumberNorm(t.norm)) continue;
      words++;
      if (t.caps && !lex.acronyms.has(text.slice(t.start, t.end))) caps++;
    }
    // Shouting: three or more words in capitals that are most of the sentence; a lone acronym is not.
    if (caps >= 3 && caps / words >= 0.6) shouting.add(si);
  }
  return { profane, slurs, hostile, secondPerson, shouting };
}
