/**
 * The model's features, anchored at tokens so that a window's features are the sum of its
 * tokens' features. The same function feeds training (whole examples) and analysis (windows of
 * one or two sentences), so what the model learned is exactly what it sees.
 */
import type { Lang } from '../shared/types';
import { markTokens, matchPhrases, type Hit } from './03-match';
import { stem } from './stem';
import { tokenize, type Sentence, type Token } from './tokenize';

export interface Featurized {
  tokens: Token[];
  sentences: Sentence[];
  hits: Hit[];
  /** Feature names per token. */
  features: string[][];
}

const CURRENCY_BEFORE = /[$€£]\s?$/;
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur', 'dollar', 'dollars', 'bucks', 'usd', 'pounds', 'quid', 'k']);

export function featurize(text: string, lang: Lang): Featurized {
  const { tokens, sentences } = tokenize(text);
  const hits = matchPhrases(text, tokens, lang);
  const marks = markTokens(text, tokens, sentences, lang);
  const stems = tokens.map((t) => stem(t.norm, lang));
  const features: string[][] = tokens.map((t, i) => {
    const f = ['w:' + stems[i]];
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence) f.push('b:' + stems[i] + '_' + stems[i + 1]);
    return f;
  });
  for (const h of hits) {
    features[h.token]!.push((h.negated ? 'n:' : h.tier === 'strong' ? 'p:' : 'c:') + h.flag);
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
