/**
 * Stage 4: score each flag with the trained model over windows of one or two sentences (a demand
 * lives in a sentence or two, and a long friendly email must not add up to a false alarm), then
 * point at the words: the phrase hits inside the best window, else the words that weighed most.
 */
import { FLAG_IDS, type Evidence, type FlagId } from '../shared/types';
import { KIND, type Featurized } from './features';
import { FLAGS, type LoadedModel, type StemEntry } from './model/format';

export interface FlagScore {
  flag: FlagId;
  /** Best logit among windows that hold a strong, un-negated phrase of this flag (-Infinity if none). */
  phraseLogit: number;
  phraseWindow: [number, number];
  /** Raw model logit of the best window. */
  logit: number;
  probability: number;
  /** Token range [first, last) of the best window. */
  window: [number, number];
}

/** Words, word pairs, words with their subject and negated words, as opposed to phrase and mark features (kept apart for the evidence). */
export const isWordFeature = (name: string): boolean =>
  name.charCodeAt(1) === 58 /* ':' */ ? name[0] === 'w' || name[0] === 'b' || name[0] === 'x' : name[0] === 's' && name.charCodeAt(2) === 58;

export interface Contributions {
  /** Sum of each token's word-feature weights, per flag: words[t * FLAGS + f]. */
  words: Float32Array;
  /** Sum of each token's phrase and mark feature weights, per flag. */
  marks: Float32Array;
  /** Number of features each token carries (for the length normalisation). */
  featureCount: Uint8Array;
}

export function tokenContributions(f: Featurized, model: LoadedModel): Contributions {
  const T = f.tokens.length;
  const words = new Float32Array(T * FLAGS);
  const marks = new Float32Array(T * FLAGS);
  const featureCount = new Uint8Array(T);
  const { index, rowStart, rowFlag, rowWeight, byStem } = model;
  const { kinds, named } = f;
  const add = (out: Float32Array, base: number, row: number | undefined) => {
    if (row === undefined || row < 0) return;
    for (let e = rowStart[row]!, end = rowStart[row + 1]!; e < end; e++) out[base + rowFlag[e]!]! += rowWeight[e]!;
  };
  // A word's stem is looked up in the model once, then kept with the word's facts.
  const entryOf = (t: number): StemEntry | undefined => {
    const w = f.facts[t]!;
    if (w.scored?.model !== model) w.scored = { model, entry: byStem.get(w.stem) };
    return w.scored.entry;
  };
  let entry = T > 0 ? entryOf(0) : undefined;
  for (let t = 0; t < T; t++) {
    const base = t * FLAGS;
    const names = f.features[t]!;
    const kind = kinds[t]!;
    const next = t + 1 < T ? entryOf(t + 1) : undefined;
    // Features named after the token's stem (and the next one's) are found by the stem.
    if (kind !== 0 && entry) {
      const rows = entry.rows;
      for (let k = 0; k < 4; k++) if (kind & (1 << k)) add(words, base, rows[k]);
      if (kind & KIND.b && next && entry.pairs) add(words, base, entry.pairs.get(next.id));
    }
    entry = next;
    let count = names.length;
    for (const name of names) {
      // Word features are found through `kinds` above; named ones are here only for training.
      if (!isWordFeature(name)) add(marks, base, index.get(name));
    }
    if (!named) for (let k = kind; k; k &= k - 1) count++;
    featureCount[t] = count;
  }
  return { words, marks, featureCount };
}

/** Windows to score: each sentence, each pair of neighbouring sentences, and short texts whole. */
export function windows(f: Featurized): [number, number][] {
  const s = f.sentences;
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; i++) {
    out.push([s[i]!.first, s[i]!.last]);
    if (i + 1 < s.length) out.push([s[i]!.first, s[i + 1]!.last]);
  }
  if (s.length > 2 && s.length <= 4) out.push([0, f.tokens.length]);
  return out;
}

/**
 * The length normalisation divides by at least this many features, so a window of one or two
 * words ("Absolutely.") cannot reach a flag on a single word's weight.
 */
export const MIN_WINDOW_FEATURES = 4;

/** The fewest words a window needs to raise a flag on its words alone, without a phrase. */
const MIN_WORDS_ALONE = 3;

function anyIn(tokens: readonly number[], [first, last]: [number, number]): boolean {
  for (const t of tokens) if (t >= first && t < last) return true;
  return false;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** How many words from a phrase an "or" that cuts off its clause may stand. */
const CLAUSE_REACH = 40;

/** Words that join a demand to what happens if it is not met. */
const ALTERNATIVES = { en: new Set(['or', 'otherwise', 'else']), nl: new Set(['anders', 'of']) };

/** The token range of token t's clause between such words, or undefined when its sentence has none. */
export function clauseAround(f: Featurized, t: number): [number, number] | undefined {
  const words = ALTERNATIVES[f.lang === 'nl' ? 'nl' : 'en'];
  const { first, last } = f.sentences[f.tokens[t]!.sentence]!;
  let a = first, b = last;
  // Looked for near the phrase only: a clause that "or" cuts off is short, and a long sentence
  // full of phrases must not be read once per phrase.
  for (let i = t - 1; i > first && i >= t - CLAUSE_REACH; i--) if (words.has(f.tokens[i]!.norm)) { a = i + 1; break; }
  for (let i = t + 1; i < last && i <= t + CLAUSE_REACH; i++) if (words.has(f.tokens[i]!.norm)) { b = i; break; }
  return a === first && b === last ? undefined : [a, b];
}

export function scoreFlags(f: Featurized, model: LoadedModel, c: Contributions): FlagScore[] {
  const T = f.tokens.length;
  const S = f.sentences.length;
  // Sums per sentence and flag of all feature weights (words and marks alike): every window is one
  // or two sentences (or a short text whole), so its sum is one or two of these, or a few. Per
  // sentence rather than a prefix per token: a 100 KB email keeps a few KB of sums, not megabytes.
  const sums = new Float64Array(S * FLAGS);
  const count = new Float64Array(S);
  const cw = c.words, cm = c.marks, fc = c.featureCount, tokens = f.tokens;
  for (let t = 0, i = 0; t < T; t++) {
    const s = tokens[t]!.sentence;
    for (let k = 0, o = s * FLAGS; k < FLAGS; k++, i++, o++) sums[o]! += cw[i]! + cm[i]!;
    count[s]! += fc[t]!;
  }
  const wins = windows(f);
  // A window's sentences: from its first token's sentence to its last token's.
  const firstSentence = wins.map((w) => (w[1] > w[0] ? tokens[w[0]]!.sentence : 0));
  const lastSentence = wins.map((w) => (w[1] > w[0] ? tokens[w[1] - 1]!.sentence : -1));
  const countOf = (j: number) => {
    let n = 0;
    for (let s = firstSentence[j]!; s <= lastSentence[j]!; s++) n += count[s]!;
    return n;
  };
  // Same length normalisation as in training (training/train-model.ts), over all features; it
  // depends on the window only, so it is worked out once for all flags.
  const norms = wins.map((_, j) => 1 / Math.sqrt(Math.max(MIN_WINDOW_FEATURES, countOf(j))));
  // Clauses (below) are parts of a sentence: their sums come from prefix sums over the tokens, made
  // only for a flag that has a phrase in a clause, so that many phrases in one long sentence stay linear.
  let countPrefix: Float64Array | undefined;
  const prefixOf = (k: number): Float64Array => {
    const prefix = new Float64Array(T + 1);
    for (let t = 0; t < T; t++) prefix[t + 1] = prefix[t]! + cw[t * FLAGS + k]! + cm[t * FLAGS + k]!;
    if (!countPrefix) {
      countPrefix = new Float64Array(T + 1);
      for (let t = 0; t < T; t++) countPrefix[t + 1] = countPrefix[t]! + fc[t]!;
    }
    return prefix;
  };
  return FLAG_IDS.map((flag, k) => {
    let best = -Infinity;
    let bestWin: [number, number] = [0, T];
    let phrase = -Infinity;
    let phraseWin: [number, number] = [0, T];
    const hitTokens: number[] = [], negatedTokens: number[] = [];
    for (const h of f.hits) {
      if (h.flag !== flag) continue;
      if (h.negated) negatedTokens.push(h.token);
      else if (h.tier === 'strong') hitTokens.push(h.token);
    }
    const bias = model.bias[k]!;
    for (let j = 0; j < wins.length; j++) {
      const w = wins[j]!;
      let sum = 0;
      for (let s = firstSentence[j]!; s <= lastSentence[j]!; s++) sum += sums[s * FLAGS + k]!;
      const logit = bias + sum * norms[j]!;
      if (logit > phrase && anyIn(hitTokens, w)) { phrase = logit; phraseWin = w; }
      // A window that says the demand and takes it back ("no need for a discount") counts only
      // through an un-negated phrase, never on its words alone.
      else if (anyIn(negatedTokens, w)) continue;
      // Two words ("Oh wow!", "That would be acceptable.") are too few to judge on words alone.
      else if (w[1] - w[0] < MIN_WORDS_ALONE) continue;
      if (logit > best) { best = logit; bestWin = w; }
    }
    // A phrase in a clause that an "or" cuts off ("Refund me in full or the review stays") is
    // also judged on its own clause: the rest of the sentence is the threat, not more of the demand.
    let prefix: Float64Array | undefined;
    for (const t of hitTokens) {
      const clause = clauseAround(f, t);
      if (!clause) continue;
      const [a, b] = clause;
      prefix ??= prefixOf(k);
      const logit = bias + (prefix[b]! - prefix[a]!) / Math.sqrt(Math.max(MIN_WINDOW_FEATURES, countPrefix![b]! - countPrefix![a]!));
      if (logit > phrase) { phrase = logit; phraseWin = clause; }
    }
    if (wins.length === 0) best = model.bias[k]!;
    // A clause can score higher than any whole window: the flag is then as sure as its phrase's clause.
    return { flag, logit: best, probability: sigmoid(Math.max(best, phrase)), window: bestWin, phraseLogit: phrase, phraseWindow: phraseWin };
  });
}

/** The words that show a flag inside its best window. */
export function findEvidence(text: string, f: Featurized, score: FlagScore, c: Contributions): Evidence[] {
  const k = FLAG_IDS.indexOf(score.flag);
  // A token's pull towards the flag: its marks plus its words (scaled as in a short window).
  const pull = (t: number) => c.marks[t * FLAGS + k]! + c.words[t * FLAGS + k]! / 3;
  const [first, last] = score.window;
  // Every strong phrase of the flag anywhere in the message is shown (they are specific enough to
  // stand alone); cue words only inside the window that decided.
  const strong = f.hits.filter((h) => h.flag === score.flag && !h.negated && h.tier === 'strong');
  const chosen = strong.length > 0 ? strong
    : f.hits.filter((h) => h.flag === score.flag && !h.negated && h.token >= first && h.token < last);
  const spans: [number, number][] = chosen.map((h) => [h.start, h.end]);
  // Words that weigh heavily for this flag (a profanity, a shouted sentence, a telling word) are shown too.
  let max = 0, at = -1;
  for (let t = first; t < last; t++) {
    const v = pull(t);
    if (v > max) { max = v; at = t; }
  }
  if (at >= 0 && (spans.length === 0 || max > 1.5)) {
    let a = at, b = at;
    const keep = (t: number) => pull(t) > 0.3 * max;
    while (a > first && at - a < 6 && keep(a - 1) && f.tokens[a - 1]!.sentence === f.tokens[at]!.sentence) a--;
    while (b + 1 < last && b - at < 6 && keep(b + 1) && f.tokens[b + 1]!.sentence === f.tokens[at]!.sentence) b++;
    // A function word or a number weighs only through its pair with the next word ("a little",
    // "can you"): show the pair, not "a" alone.
    if (b === at && !f.facts[at]!.word && at + 1 < last && f.tokens[at + 1]!.sentence === f.tokens[at]!.sentence) b++;
    spans.push([f.tokens[a]!.start, f.tokens[b]!.end]);
  }
  if (spans.length === 0 && last > first) spans.push([f.tokens[first]!.start, f.tokens[last - 1]!.end]);
  // Merge overlapping spans, in text order.
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s[0] <= prev[1]) prev[1] = Math.max(prev[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged.slice(0, 5).map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}
