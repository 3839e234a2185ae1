/**
 * The model's features, anchored at tokens so that a window's features are the sum of its
 * tokens' features. The same function feeds training (whole examples) and analysis (windows of
 * one or two sentences), so what the model learned is exactly what it sees.
 */
import type { Lang } from '../shared/types';
import { markTokens, matchPhrases, type Hit } from './03-match';
import { stem } from './stem';
import { correctTypo } from './typos';
import { tokenize, type Sentence, type Token, type Tokenized } from './tokenize';

export interface Featurized {
  tokens: Token[];
  sentences: Sentence[];
  hits: Hit[];
  /** Feature names per token. */
  features: string[][];
}

const FUNCTION_WORDS = new Set(('the a an and or but is are was were be been am i me my we our us it its this that these ' +
  'those to of in on at for with from by as if so do does did have has had will would can could should shall ' +
  'there here then than just also very really de het een en of maar is zijn was waren ben bent ik mij me mijn ' +
  'wij we ons onze het dit dat deze die naar van in op aan voor met uit bij als dan ook wel nog al er heb hebt ' +
  'heeft had zou zal kan kun kunt te om').split(' '));
const CURRENCY_BEFORE = /[$€£]\s?$/;
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur', 'dollar', 'dollars', 'bucks', 'usd', 'pounds', 'quid', 'k']);

// Words repeat across and within emails: remember each word's (typo-corrected) stem.
const STEM_CACHE = { en: new Map<string, string>(), nl: new Map<string, string>() };
function stemOf(norm: string, lang: Lang): string {
  const cache = STEM_CACHE[lang === 'nl' ? 'nl' : 'en'];
  let s = cache.get(norm);
  if (s === undefined) {
    if (cache.size > 50_000) cache.clear();
    s = stem(correctTypo(norm, lang) ?? norm, lang);
    cache.set(norm, s);
  }
  return s;
}

export function featurize(text: string, lang: Lang, tokenized?: Tokenized): Featurized {
  const { tokens, sentences, folded } = tokenized ?? tokenize(text);
  const hits = matchPhrases(text, folded, tokens, lang);
  const marks = markTokens(text, folded, tokens, sentences, lang);
  const stems = tokens.map((t) => stemOf(t.norm, lang));
  const features: string[][] = tokens.map((t, i) => {
    // Function words alone say nothing about a demand; as unigrams they only teach the model
    // "this window has words in it". They stay in the bigrams ("for_less", "you_idiot").
    // A bare number is everywhere in business mail; only its neighbours ("take_#num") say an offer.
    const f = FUNCTION_WORDS.has(t.norm) || t.norm === '#num' || t.norm.length === 1 ? [] : ['w:' + stems[i]];
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) f.push('b:' + stems[i] + '_' + stems[i + 1]);
    return f;
  });
  // Strong phrases are features; cue words already are (as words), so cue hits serve only as evidence.
  for (const h of hits) {
    if (h.tier === 'strong') features[h.token]!.push((h.negated ? 'n:' : 'p:') + h.flag);
  }
  // Second person per sentence, for "profanity aimed at the reader".
  const youSentences = new Set<number>();
  for (const i of marks.secondPerson) youSentences.add(tokens[i]!.sentence);
  for (const i of marks.profane) {
    features[i]!.push('@prof');
    if (youSentences.has(tokens[i]!.sentence)) features[i]!.push('@profyou');
  }
  for (const si of marks.shouting) features[sentences[si]!.first]!.push('@shout');
  tokens.forEach((t, i) => {
    if (t.norm !== '#num') return;
    const next = tokens[i + 1];
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) || (next && CURRENCY_WORDS.has(next.norm))) {
      features[i]!.push('@money');
    }
  });
  return { tokens, sentences, hits, features };
}
