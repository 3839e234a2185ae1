/**
 * Stage 3: the explainable layer. Phrase patterns per flag find the exact words that say a demand;
 * a negator just before a phrase ("I'm not asking for a discount", "geen haast") cancels it.
 * Every hit keeps its character range: these become the evidence the user sees highlighted.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { FLAG_IDS, type FlagId, type Lang } from '../shared/types';
import { en } from './lexicon/en';
import { nl } from './lexicon/nl';
import type { Lexicon } from './lexicon/types';
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

/** Turn the lexicon's dialect into a regular-expression source (see lexicon/types.ts). */
export function compileSource(src: string): string {
  return src
    .replace(/'/g, "['’]")
    .replace(/\\w/g, "[\\p{L}\\p{N}'’]")
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+');
}

/** One case-insensitive regex per flag and tier: the phrases as alternatives, at word boundaries. */
export function compileAlternatives(sources: readonly string[]): RegExp {
  const body = sources.map(compileSource).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

interface CompiledLexicon {
  lexicon: Lexicon;
  patterns: { flag: FlagId; tier: Tier; re: RegExp }[];
  negators: Set<string>;
  clauseBreaks: Set<string>;
  secondPerson: Set<string>;
  profanity: Set<string>;
  acronyms: Set<string>;
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const patterns: CompiledLexicon['patterns'] = [];
  for (const flag of FLAG_IDS) {
    const f = lexicon.flags[flag];
    patterns.push({ flag, tier: 'strong', re: compileAlternatives(f.strong) });
    patterns.push({ flag, tier: 'cue', re: compileAlternatives(f.cue) });
  }
  return {
    lexicon,
    patterns,
    negators: new Set(lexicon.negators),
    clauseBreaks: new Set(lexicon.clauseBreaks),
    secondPerson: new Set(lexicon.secondPerson),
    profanity: new Set(lexicon.profanity),
    acronyms: new Set(lexicon.acronyms),
  };
}

let compiled: Record<'en' | 'nl', CompiledLexicon> | undefined;
/** Compiled once, on first use, so importing the module costs nothing. */
export function lexiconFor(lang: Lang): CompiledLexicon {
  compiled ??= { en: compileLexicon(en), nl: compileLexicon(nl) };
  return lang === 'nl' ? compiled.nl : compiled.en;
}

let profanityMatcher: RegExpMatcher | undefined;
function englishProfanity(): RegExpMatcher {
  profanityMatcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return profanityMatcher;
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
  // Up to three words back in the same clause.
  for (let i = first - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || CLAUSE_PUNCT.test(text.slice(t.end, tokens[i + 1]!.start))) break;
    if (lex.clauseBreaks.has(t.norm)) break;
    if (lex.negators.has(t.norm) || t.norm.endsWith("n't")) return true;
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
export function matchPhrases(text: string, tokens: readonly Token[], lang: Lang): Hit[] {
  const lex = lexiconFor(lang);
  const hits: Hit[] = [];
  if (tokens.length === 0) return hits;
  for (const { flag, tier, re } of lex.patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      const first = tokenAt(tokens, start);
      if (first >= tokens.length) continue;
      const last = Math.max(first, tokenAt(tokens, end - 1));
      hits.push({ flag, tier, start, end, token: first, negated: isNegated(text, tokens, first, last, lex, lang) });
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
export function markTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], lang: Lang): TokenMarks {
  const lex = lexiconFor(lang);
  const profane = new Set<number>();
  const secondPerson = new Set<number>();
  const shouting = new Set<number>();
  tokens.forEach((t, i) => {
    if (lex.profanity.has(t.norm)) profane.add(i);
    if (lex.secondPerson.has(t.norm)) secondPerson.add(i);
  });
  if (lang !== 'nl' && /[a-z]/i.test(text)) {
    for (const m of englishProfanity().getAllMatches(text)) {
      const i = tokenAt(tokens, m.startIndex);
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
