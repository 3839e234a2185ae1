/**
 * The model's features, anchored at tokens so that a window's features are the sum of its
 * tokens' features. The same function feeds training (whole examples) and analysis (windows of
 * one or two sentences), so what the model learned is exactly what it sees.
 */
import type { Lang } from '../shared/types';
import { isNegator, negatesNothing, markTokens, matchPhrases, type Hit } from './03-match';
import { stem } from './stem';
import { correctTypo } from './typos';
import { shorthandOf } from './shorthand';
import { clauseBreakIn, isNumberNorm, tokenize, type Sentence, type Token, type Tokenized } from './tokenize';
import type { LoadedModel, StemEntry } from './model/format';
import type { Word } from './words';
import { GROUPS } from './groups';

export interface Featurized {
  tokens: Token[];
  sentences: Sentence[];
  hits: Hit[];
  /** Feature names per token. */
  features: string[][];
  /** First token of profanity in a sentence that addresses the reader, or -1. */
  aimedProfanity: number;
  /** Each token's stem, as in its "w:" and "b:" features (the scorer looks these up directly). */
  stems: string[];
  /** Each token's word facts (shared between tokens and calls: the same word, the same object). */
  facts: WordFacts[];
  /** Per token, which stem-named features it has (bits of KIND). */
  kinds: Uint8Array;
  /** Whether `features` spells those out too (training) or leaves them to `kinds` (analysis). */
  named: boolean;
  /** The language the text was read as (the scorer splits clauses at its words for "or"). */
  lang: Lang;
}

/** The features named after a token's stem, as bits; the order of the low four is STEM_KINDS's. */
export const KIND = { w: 1, s1: 2, s2: 4, x: 8, b: 16 } as const;

const FUNCTION_WORDS = new Set(('the a an and or but is are was were be been am i me my we our us it its this that these ' +
  'those to of in on at for with from by as if so do does did have has had will would can could should shall ' +
  'there here then than just also very really de het een en of maar is zijn was waren ben bent ik mij me mijn ' +
  'wij we ons onze het dit dat deze die naar van in op aan voor met uit bij als dan ook wel nog al er heb hebt ' +
  'heeft had zou zal kan kun kunt te om').split(' '));
const CURRENCY_BEFORE = /[$€£]\s?$/;
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur', 'dollar', 'dollars', 'bucks', 'usd', 'pounds', 'quid', 'k']);

/**
 * Who does it: "I can go down to 90" is a seller's offer, "can you go down to 90" a buyer's demand;
 * "I'll throw in the cover" is a gift, "throw in the cover" from a client is not. A word gets an
 * extra feature naming the person of the subject just before it in the same clause.
 */
const SUBJECTS: Record<'en' | 'nl', Map<string, '1' | '2'>> = {
  en: new Map([...["i", "i'm", "i'd", "i'll", "i've", 'im', 'ill', 'ive', 'we', "we're", "we'd", "we'll", "we've"].map((w) => [w, '1'] as const),
    ...['you', "you're", "you'd", "you'll", "you've", 'u', 'ur', 'ya', 'youre'].map((w) => [w, '2'] as const)]),
  nl: new Map([...['ik', "'k", 'wij', 'we'].map((w) => [w, '1'] as const), ...['je', 'jij', 'u', 'jullie', 'ge', 'gij'].map((w) => [w, '2'] as const)]),
};
/** How many words after a subject still count as its clause. */
const SUBJECT_REACH = 4;
/** Words of contempt that are also everyday figures of speech ("I hate to ask", "kill the bug"): never a phrase on their own. */
const FIGURATIVE = new Set(['hate', 'hated', 'hates', 'kill', 'killed', 'killing', 'joke', 'fool', 'fools', 'lazy', 'trash', 'garbage',
  'die', 'deserve', 'deserves', 'haat', 'haten', 'hekel', 'doden', 'misselijk', 'kots', 'kotsen', 'plaag', 'amateur', 'amateurs']);

/** Words an insult said as a whole sentence may hold besides its words of contempt ("what a", "jij", "stuk"). */
const INSULT_FILLERS = new Set(['a', 'an', 'what', 'such', 'you', 'total', 'complete', 'absolute', 'utter', 'wat', 'een', 'jij', 'je', 'u', 'stuk', 'echt']);
/** The most words such a sentence has. */
const INSULT_WORDS = 4;
/**
 * Swear words said as an exclamation, at no one ("Shit!", "Kut, vergeten!"): they may stand in an
 * insult ("fucking idiot") but do not make one.
 */
const EXPLETIVES = new Set(['shit', 'fuck', 'fucking', 'fck', 'damn', 'dammit', 'crap', 'hell', 'bloody', 'wtf', 'kut', 'kak',
  'verdomme', 'godverdomme', 'potverdomme', 'godver', 'tering', 'tyfus', 'kanker', 'klote', 'kolere', 'pleuris', 'jezus']);
/**
 * Endings of adjectives: "Disgusting." or "Schandalig." alone judges a thing or a deed; "Klootzak!"
 * or "Pathetic clown." names a person. A word of contempt counts alone only when it is no adjective.
 */
const ADJECTIVE_END = /(?:ing|ful|less|ous|ic|ible|able|ive|ed|ish|ig|ige|lijk|lijke|loos|loze|isch|ische|baar|bare)$/;

/**
 * Sentences that are nothing but an insult ("Oplichter!", "Pathetic clown.", "Wat een sukkel"):
 * a few words, each a word of contempt, a swear word or a filler, at least one of them a swear word
 * that is no exclamation or a name for a person (no figure of speech: "Lazy." and "Joke." alone
 * stay calm; no adjective). Said as a sentence of its own, it is said to the reader.
 */
function insultSentences(tokens: readonly Token[], sentences: readonly Sentence[], hostile: Set<number>, profane: Set<number>): Set<number> {
  const out = new Set<number>();
  if (hostile.size === 0 && profane.size === 0) return out;
  const seen = new Set<number>();
  for (const i of [...hostile, ...profane]) {
    const si = tokens[i]!.sentence;
    if (seen.has(si)) continue;
    seen.add(si);
    const { first, last } = sentences[si]!;
    if (last - first > INSULT_WORDS) continue;
    let strong = false, all = true;
    for (let k = first; k < last && all; k++) {
      const norm = tokens[k]!.norm;
      if (profane.has(k) ? !EXPLETIVES.has(norm) : hostile.has(k) && !FIGURATIVE.has(norm) && !ADJECTIVE_END.test(norm)) strong = true;
      else if (!hostile.has(k) && !profane.has(k) && !INSULT_FILLERS.has(norm)) all = false;
    }
    if (all && strong) out.add(si);
  }
  return out;
}

/** Words of killing and dying (folded), for negated violence. */
const VIOLENCE = /dood|doden|sterv|execut|vermoord|slacht|schiet|vergas|uitroei|kill|murder|slaughter|shoot|shot|lynch|extermin|gassed|\bdie\b|\bdead\b/;
/** Negators whose reach is the whole sentence ("geen X zou ... moeten ..."), unlike "not". */
const SENTENCE_NEGATORS = new Set(['geen', 'niemand', 'nooit', 'no', 'nobody', 'never', 'noone']);

/** How many words after "not", "never", "geen" read as negated. */
const NEGATION_REACH = 5;

/** Never in the model (training leaves it out), so it has no weight. */
export const GROUP_FEATURE = '#group';

/** What featurize asks about a word, answered once per distinct word: it runs on every token. */
export interface WordFacts {
  /** Typo-corrected stem, or '#group'. */
  stem: string;
  /** Makes a "w:" feature: not a function word, a bare number or a single character (nor a group). */
  word: boolean;
  negator: boolean;
  /** Person of a subject word ("i", "you"), else undefined. */
  person: '1' | '2' | undefined;
  /** The stem's entry in the model this word was last scored with, kept by the scorer: saves a lookup per token. */
  scored: { model: LoadedModel; entry: StemEntry | undefined } | undefined;
}

/** A word's facts, worked out on first use and kept on its shared record. */
function factsOf(word: Word, lang: Lang): WordFacts {
  const notes = lang === 'nl' ? word.nl : word.en;
  if (notes.facts) return notes.facts;
  // "u", "ur", "pls": the model reads the word the shorthand stands for.
  const norm = shorthandOf(word.norm, lang, false) ?? word.norm;
  const group = GROUPS.has(norm);
  return (notes.facts = {
    stem: group ? GROUP_FEATURE : stem(correctTypo(norm, lang) ?? norm, lang),
    word: !group && !(FUNCTION_WORDS.has(norm) || isNumberNorm(norm) || norm.length === 1),
    negator: isNegator(norm, lang),
    person: SUBJECTS[lang === 'nl' ? 'nl' : 'en'].get(norm),
    scored: undefined,
  });
}

/**
 * With `named` false (the analysis), the features named after a token's stem — "w:", "b:", "s1:",
 * "s2:", "x:" — are not spelled out: `kinds` says which a token has and the scorer finds them by
 * the stem. Training needs the names; the analysis only pays for building them.
 */
/** The shared list of a token without named features (never pushed to: see `add` in featurize). */
const NO_FEATURES = Object.freeze([]) as unknown as string[];

export function featurize(text: string, lang: Lang, tokenized?: Tokenized, named = true): Featurized {
  const { tokens, sentences, folded } = tokenized ?? tokenize(text);
  const hits = matchPhrases(text, folded, tokens, lang);
  const marks = markTokens(text, folded, tokens, sentences, lang);
  const facts = tokens.map((t) => factsOf(t.word, lang));
  const stems = facts.map((w) => w.stem);
  const kinds = new Uint8Array(tokens.length);
  // In the analysis most tokens carry no named feature: they share one empty list, and a token gets
  // its own on its first feature, rather than every token allocating a list that stays empty.
  const features: string[][] = new Array<string[]>(tokens.length).fill(NO_FEATURES);
  const add = (i: number, name: string) => {
    const list = features[i]!;
    if (list === NO_FEATURES) features[i] = [name];
    else list.push(name);
  };
  for (let i = 0; i < tokens.length; i++) {
    // Function words alone say nothing about a demand; as unigrams they only teach the model
    // "this window has words in it". They stay in the bigrams ("for_less", "you_idiot").
    // A bare number is everywhere in business mail; only its neighbours ("take_#num") say an offer.
    // A group's name weighs nothing but still counts as a word for the length normalisation, so
    // "Ik ben een immigrant" is not judged on "ik ben een" alone.
    if (stems[i] === GROUP_FEATURE) add(i, GROUP_FEATURE);
    else if (facts[i]!.word) {
      kinds[i]! |= KIND.w;
      if (named) add(i, 'w:' + stems[i]);
    }
    const next = tokens[i + 1];
    if (next && next.sentence === tokens[i]!.sentence && stems[i] !== GROUP_FEATURE && stems[i + 1] !== GROUP_FEATURE) {
      kinds[i]! |= KIND.b;
      if (named) add(i, 'b:' + stems[i] + '_' + stems[i + 1]);
    }
  }
  let person: '1' | '2' | undefined, since = 0, negatedFor = 0;
  const negatedAt = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && (tokens[i - 1]!.sentence !== t.sentence || clauseBreakIn(text, tokens[i - 1]!.end, t.start))) {
      person = undefined;
      negatedFor = 0;
    }
    const isWord = (kinds[i]! & KIND.w) !== 0;
    // A word in the reach of a negator gets a second, negated feature, which can learn to cancel
    // the first: "nobody deserves to die", "ik zou nooit iemand pijn doen".
    if (negatedFor > 0) {
      negatedFor--;
      if (isWord) {
        kinds[i]! |= KIND.x;
        if (named) add(i, 'x:' + stems[i]);
      }
    }
    if (negatedFor > 0) negatedAt.add(i);
    if (facts[i]!.negator && !negatesNothing(tokens, i)) negatedFor = NEGATION_REACH;
    const p = facts[i]!.person;
    if (p) { person = p; since = 0; continue; }
    if (person && ++since <= SUBJECT_REACH && isWord) {
      kinds[i]! |= person === '1' ? KIND.s1 : KIND.s2;
      if (named) add(i, 's' + person + ':' + stems[i]);
    }
    if (since > SUBJECT_REACH) person = undefined;
  }
  // Second person per sentence, for "profanity aimed at the reader".
  const youSentences = new Set<number>();
  let aimedProfanity = -1;
  for (const i of marks.secondPerson) youSentences.add(tokens[i]!.sentence);
  // A word of contempt in a sentence aimed at the reader or at a group of people is an abusive
  // phrase ("jullie zijn walgelijk", "these immigrants are vermin"); the model still has to agree.
  const groupSentences = new Set<number>();
  stems.forEach((s, i) => { if (s === GROUP_FEATURE) groupSentences.add(tokens[i]!.sentence); });
  // A phrase said of a group ("hebben hier niets te zoeken") counts only where a group is named.
  if (hits.some((h) => h.aboutGroup)) {
    let w = 0;
    for (const h of hits) if (!h.aboutGroup || groupSentences.has(tokens[h.token]!.sentence)) hits[w++] = h;
    hits.length = w;
  }
  const insults = insultSentences(tokens, sentences, marks.hostile, marks.profane);
  for (const i of marks.hostile) {
    const t = tokens[i]!;
    if (FIGURATIVE.has(t.norm) || (!youSentences.has(t.sentence) && !groupSentences.has(t.sentence) && !insults.has(t.sentence))) continue;
    hits.push({ flag: 'abusive_language', tier: 'strong', start: t.start, end: t.end, token: i, negated: negatedAt.has(i) });
  }
  // A swear word that is the whole sentence ("Klootzak!", "Stupid bitch.") is said to the reader.
  for (const i of marks.profane) {
    const t = tokens[i]!;
    if (insults.has(t.sentence) && !marks.hostile.has(i)) hits.push({ flag: 'abusive_language', tier: 'strong', start: t.start, end: t.end, token: i, negated: false });
  }
  // "Geen immigrant verdient het om te sterven", "Nobody should be killed": violence under a
  // sentence-wide "no one / never" is a defence of people, not a threat, however far the negator.
  for (const h of hits) {
    if (h.flag !== 'abusive_language' || h.negated || !VIOLENCE.test(folded.slice(h.start, h.end))) continue;
    const sentence = sentences[tokens[h.token]!.sentence]!;
    for (let i = sentence.first; i < sentence.last; i++) if (SENTENCE_NEGATORS.has(tokens[i]!.norm)) { h.negated = true; break; }
  }
  // Strong phrases are features; cue words already are (as words), so cue hits serve only as evidence.
  for (const h of hits) {
    if (h.tier !== 'strong') continue;
    add(h.token, (h.negated ? 'n:' : 'p:') + h.flag);
    // Hate said of a group also weighs on its own: the model learns how sure such a phrase is.
    if (h.aboutGroup && !h.negated) add(h.token, 'g:' + h.flag);
  }
  for (const i of marks.profane) {
    add(i, '@prof');
    const toReader = youSentences.has(tokens[i]!.sentence);
    if (toReader) add(i, '@profyou');
    // A slur is abuse whoever it is said to ("die geitenneukers van de moskee").
    if ((toReader || marks.slurs.has(i)) && (aimedProfanity < 0 || i < aimedProfanity)) aimedProfanity = i;
  }
  for (const i of marks.hostile) {
    add(i, '@hostile');
    if (youSentences.has(tokens[i]!.sentence)) add(i, '@hostileyou');
  }
  for (const si of marks.shouting) add(sentences[si]!.first, '@shout');
  tokens.forEach((t, i) => {
    if (t.norm !== '#num') return;
    const next = tokens[i + 1];
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) || (next && CURRENCY_WORDS.has(next.norm))) {
      add(i, '@money');
    }
  });
  return { tokens, sentences, hits, features, aimedProfanity, stems, facts, kinds, named, lang };
}
