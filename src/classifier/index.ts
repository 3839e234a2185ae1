/**
 * Kalm's classifier: one email's text in, the demanding patterns it carries out, each with a
 * score and the exact words. Pure: no browser APIs, so it runs in the background worker,
 * the command line and tests alike. Stages, in order: normalise → language → match → score.
 */
import { FLAG_IDS, FLAG_SEVERITY, type Analysis, type Flag, type FlagId, type Lang, type Severity } from '../shared/types';
import { normalize } from './01-normalize';
import { detectLanguage } from './02-language';
import { featurize, type Featurized } from './features';
import { offersToPay, speaksAsSeller, writerSays } from './03-match';
import type { CalmReading } from './lexicon/types';
import { tokenize, type Tokenized } from './tokenize';
import { findEvidence, scoreFlags, tokenContributions } from './04-score';
import { loadModel, type LoadedModel } from './model/format';
import { MODEL } from './model/model.generated';
import { charLogit, loadCharModel, type CharModel } from './char-model';
import { CHAR_MODEL } from './model/char-model.generated';

export { MAX_ANALYSED_CHARS } from './01-normalize';

export type Sensitivity = 'low' | 'normal' | 'high';

export interface AnalyzeOptions {
  /** Treat the input as HTML (default: detected). */
  html?: boolean;
  /** Skip detection and read the text as this language. */
  lang?: 'en' | 'nl';
  /** 'high' flags more (and errs towards false alarms), 'low' fewer. Default 'normal'. */
  sensitivity?: Sensitivity;
  /** Flags the user switched off are never reported. Default: all on. */
  enabled?: Partial<Record<FlagId, boolean>>;
}

/** How far sensitivity moves the decision, in logit units (±0.85 ≈ probability 0.5 → 0.3 / 0.7). */
const SENSITIVITY_SHIFT: Record<Sensitivity, number> = { low: 0.85, normal: 0, high: -0.85 };

/** How much a sure flag of each severity heats the message (temperature 0–100). */
const SEVERITY_HEAT: Record<Severity, number> = { high: 0.85, medium: 0.6, low: 0.35 };
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * How a flag is decided. A flag is raised when the best window holding one of its phrases reaches
 * the flag's threshold (less its phrase margin), or when any window reaches the higher
 * `modelOnly` probability without a phrase: words alone must be surer than words plus a phrase.
 * The margins were set by measuring false alarms against recall with `scripts/sweep-classifier.ts`
 * (figures in the issue notes): the default keeps false alarms on real ordinary mail under 2 %;
 * 'high' sensitivity trades for recall.
 */
export interface Decision {
  /** Extra certainty a window needs when no phrase of the flag stands in it (logit units). */
  modelOnlyMargin: number;
  /** The same per flag, where a flag needs more or less than `modelOnlyMargin`. */
  flagMargins?: Partial<Record<FlagId, number>>;
  /**
   * A long email offers many windows, and the best of many is high by chance: the bar rises by
   * this much per doubling of the number of windows beyond four (logit units).
   */
  manyWindowsPenalty: number;
  /**
   * Without a phrase, a window the word model leans towards (at least this far above the
   * threshold, in logit units, though short of `modelOnlyMargin`) is raised when the letter
   * model (char-model.ts) independently scores it at least `letterCut`: two models that read
   * the words differently agreeing is surer than either alone.
   */
  letterGate: number;
  letterCut: number;
  /**
   * Per flag, how much below the threshold a window holding one of the flag's phrases may score
   * (logit units): where the phrases alone are specific ("verdienen het niet om te leven", "full
   * refund"), a model that merely leans towards the flag is enough.
   */
  phraseMargins?: Partial<Record<FlagId, number>>;
  /**
   * Flags whose phrase windows skip the long-mail bar (`manyWindowsPenalty`). That bar answers the
   * best of many windows being high by chance, but a phrase window is not picked from many: it is
   * where the phrase stands. Only where the phrases are specific enough that long calm mail does not
   * carry them (measured: abuse) does skipping it add no false alarm.
   */
  phrasesSkipLongBar?: readonly FlagId[];
}

/**
 * Words alone decide a flag with a margin of 0.5, except where the flag's words fill ordinary mail:
 * prices and offers (discount_pressure), "could you also…" (free_extras) and feelings
 * (guilt_tripping) need more. Measured (figures in the issue notes): each flag's margin is the
 * loosest that adds no false alarm on real ordinary mail over its strictest setting, on each of
 * four training seeds (free extras at 0.75 flagged more calm texts among others on one seed).
 */
export const DEFAULT_DECISION: Decision = {
  modelOnlyMargin: 0.5,
  flagMargins: { discount_pressure: 1.25, guilt_tripping: 1.25, free_extras: 1 },
  // Abuse and refund phrases are specific enough to need less of the model: on each of four seeds
  // these added no false alarm on real ordinary mail and at most one calm set-aside line. Refund
  // 0.5 -> 1 (2026-11-25): support requests such as "I want help requesting reimbursements" are
  // demands; on three seeds dev refund F1 94.9 -> 97.0, and no other corpus, calm or not, moved.
  phraseMargins: { abusive_language: 0.75, refund_demand: 1 },
  // Measured 2026-11-25: English long set-aside abuse 3/16 -> 6/16; the dev set, the own test, long
  // mail and every calm set-aside line unchanged (one Dutch long refund demand gained abuse for "wat
  // voor oplichter je bent"). For refund, threat and guarantee the same raised calm long mail or real
  // ordinary mail.
  phrasesSkipLongBar: ['abusive_language'],
  manyWindowsPenalty: 0.75,
  letterGate: 0,
  letterCut: 2,
};

let model: LoadedModel | undefined;
function getModel(): LoadedModel {
  model ??= loadModel(MODEL);
  return model;
}
let letterModel: CharModel | undefined;
/** The shipped letter model (char-model.ts), loaded on first use. */
export function getLetterModel(): CharModel {
  letterModel ??= loadCharModel(CHAR_MODEL);
  return letterModel;
}

/** Score given to abuse found by rule (profanity aimed at the reader). */
const FORCED_SCORE = 0.9;

const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * The writer's own words that undo a flag (lexicon/types.ts, CalmReadings): a promise to pay soon,
 * praise, a date left open, a question about the terms, the reader's time spared, a deal kept, a
 * refund given, others' words denounced, a price too high to pay, the writer's own absence.
 * Each is read near the decision, not anywhere in a long email: in the window that decided and the
 * sentence on each side (`near`), or in every sentence of that window (`every`, for "as agreed",
 * which also opens a new offer: "Zoals afgesproken 1.900. Nee wacht, laten we er 1.500 van maken").
 * With `phrases`, a phrase of the flag is undone too, when its own sentence says it.
 */
const UNDOING: Partial<Record<FlagId, readonly { reading: CalmReading; scope: 'near' | 'every'; phrases: boolean }[]>> = {
  payment_stalling: [{ reading: 'paysPromptly', scope: 'near', phrases: false }, { reading: 'keepsAgreement', scope: 'every', phrases: true },
    { reading: 'objectsToPrice', scope: 'every', phrases: true }],
  discount_pressure: [{ reading: 'keepsAgreement', scope: 'every', phrases: true }],
  threat: [{ reading: 'praise', scope: 'near', phrases: false }],
  deadline_pressure: [{ reading: 'openDate', scope: 'near', phrases: false }, { reading: 'sparesTime', scope: 'near', phrases: true },
    { reading: 'ownAbsence', scope: 'near', phrases: true }],
  boundary_intrusion: [{ reading: 'sparesTime', scope: 'near', phrases: true }, { reading: 'ownAbsence', scope: 'near', phrases: false }],
  excessive_contact: [{ reading: 'sparesTime', scope: 'near', phrases: true }, { reading: 'ownAbsence', scope: 'near', phrases: false }],
  refund_demand: [{ reading: 'asksPolicy', scope: 'near', phrases: true }, { reading: 'givesRefund', scope: 'near', phrases: true }],
  guarantee_demand: [{ reading: 'asksPolicy', scope: 'near', phrases: false }],
  // Hardship told to explain the writer's own slower replies asks nothing of the reader.
  guilt_tripping: [{ reading: 'ownAbsence', scope: 'every', phrases: true }],
  // Counter-speech names the words it condemns: only where every sentence that decided denounces.
  // Praise aimed at the reader ("jij bent echt een held") reads as abuse to the model ("jij bent echt
  // een …"), so it undoes the model alone; a name the writer calls themself undoes a phrase too.
  abusive_language: [{ reading: 'denounces', scope: 'every', phrases: true }, { reading: 'praise', scope: 'near', phrases: false },
    { reading: 'blamesSelf', scope: 'every', phrases: true }],
};

/** Whether the writer's own words undo the flag decided in `window` (by a phrase when `byPhrase`). */
function undone(f: Featurized, tokenized: Tokenized, lang: Lang, flag: FlagId, window: [number, number], byPhrase: boolean): boolean {
  const rules = UNDOING[flag];
  if (!rules) return false;
  const says = (reading: CalmReading, first: number, last: number) => writerSays(reading, tokenized, lang, [first, last]);
  const sentenceSays = (reading: CalmReading, si: number) => says(reading, f.sentences[si]!.first, f.sentences[si]!.last);
  if (byPhrase) {
    // Every phrase of the flag stands in a sentence that undoes it.
    if (!rules.some((r) => r.phrases)) return false;
    const sentences = new Set(f.hits.filter((h) => h.flag === flag && h.tier === 'strong' && !h.negated).map((h) => f.tokens[h.token]!.sentence));
    return sentences.size > 0 && rules.some((r) => r.phrases && [...sentences].every((si) => sentenceSays(r.reading, si)));
  }
  if (window[1] <= window[0]) return false;
  const a = f.tokens[window[0]]!.sentence, b = f.tokens[window[1] - 1]!.sentence;
  return rules.some(({ reading, scope }) => {
    if (scope === 'near') return says(reading, f.sentences[Math.max(0, a - 1)]!.first, f.sentences[Math.min(f.sentences.length - 1, b + 1)]!.last);
    for (let si = a; si <= b; si++) if (!sentenceSays(reading, si)) return false;
    return true;
  });
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(getModel(), DEFAULT_DECISION, input, options, getLetterModel());
}

/** The analysis with a given model and decision rule: for training tools and tests of the rule. */
export function analyzeWith(m: LoadedModel, decision: Decision, input: string, options: AnalyzeOptions = {}, letters?: CharModel): Analysis {
  const norm = normalize(typeof input === 'string' ? input : '', { html: options.html });
  const base = { text: norm.text, truncated: norm.truncated };
  if (norm.junk) return { ...base, lang: 'other', flags: [], temperature: 0, junk: norm.junk };
  const tokenized = tokenize(norm.text);
  const lang: Lang = options.lang ?? detectLanguage(norm.text, tokenized.tokens);
  if (lang === 'other') return { ...base, lang, flags: [], temperature: 0 };

  const f = featurize(norm.text, lang, tokenized, false);
  const contributions = tokenContributions(f, m);
  const scores = scoreFlags(f, m, contributions);
  const windowCount = 2 * f.sentences.length - 1;
  const longBar = decision.manyWindowsPenalty * Math.max(0, Math.log2(windowCount / 4));
  const shift = SENSITIVITY_SHIFT[options.sensitivity ?? 'normal'] + longBar;
  const flags: Flag[] = [];
  let seller: boolean | undefined, paying: boolean | undefined;
  const sellerVoice = () => (seller ??= speaksAsSeller(tokenized, lang));
  // Profanity or a slur in a sentence that addresses the reader is abuse, whatever else the model weighs.
  const aimedProfanity = f.aimedProfanity >= 0;
  scores.forEach((s, k) => {
    if (options.enabled?.[s.flag] === false) return;
    if (s.flag === 'abusive_language' && aimedProfanity && s.probability < FORCED_SCORE) {
      s.probability = FORCED_SCORE;
      s.logit = s.phraseLogit = logit(FORCED_SCORE);
      const first = f.aimedProfanity;
      const sentence = f.sentences[f.tokens[first]!.sentence]!;
      s.window = s.phraseWindow = [sentence.first, sentence.last];
    }
    const cut = logit(m.thresholds[k]!) + shift;
    const phraseCut = decision.phrasesSkipLongBar?.includes(s.flag) ? cut - longBar : cut;
    if (s.phraseLogit >= phraseCut - (decision.phraseMargins?.[s.flag] ?? 0)) {
      // A phrase stands in a window the model agrees with: show that window's words.
      s.window = s.phraseWindow;
    } else if (s.logit < cut + (decision.flagMargins?.[s.flag] ?? decision.modelOnlyMargin)) {
      if (!letters || s.logit < cut + decision.letterGate) return;
      if (charLogit(f.tokens, letters, k, s.window[0], s.window[1]) < decision.letterCut + shift) return;
    }
    // The user's own side of a haggle: no discount demand, and no other flag on words alone.
    if ((s.flag === 'discount_pressure' || s.phraseLogit < cut) && sellerVoice()) return;
    // More work asked for and paid for is no free extra.
    if (s.flag === 'free_extras' && (paying ??= offersToPay(tokenized, lang))) return;
    // The writer's own words near the decision undo it: a promise to pay on Friday, a good review, ….
    if (undone(f, tokenized, lang, s.flag, s.phraseLogit >= cut ? s.phraseWindow : s.window, s.phraseLogit >= cut)) return;
    flags.push({
      id: s.flag,
      score: Math.round(s.probability * 100) / 100,
      severity: FLAG_SEVERITY[s.flag],
      evidence: findEvidence(norm.text, f, s, contributions),
    });
  });
  flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.score - a.score);
  let cool = 1;
  for (const fl of flags) cool *= 1 - SEVERITY_HEAT[fl.severity] * fl.score;
  // Spelled out rather than spread from `base`: V8 builds a literal of known shape much faster.
  return { text: norm.text, truncated: norm.truncated, lang, flags, temperature: Math.round(100 * (1 - cool)) };
}

export { FLAG_IDS };
