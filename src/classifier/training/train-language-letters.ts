/**
 * Training the language letters (language-letters.ts): count each hashed piece of three letters in
 * the Dutch and the English corpus, and keep, per slot, the smoothed log-odds of Dutch over
 * English, written in a few levels. Counting only: the same corpus always gives the same table.
 */
import { letterPieces, letterSlot, type PackedLanguageLetters } from '../language-letters';
import { quantize, toWeightText } from '../model/format';
import { tokenize } from '../tokenize';
import type { Example } from './corpus';

export interface LanguageLettersOptions {
  /** The table holds 2^bits weights. */
  bits?: number;
  /** Weights are written as whole multiples of the scale in [-levels, levels]. */
  levels?: number;
}

export function trainLanguageLetters(examples: readonly Example[], opts: LanguageLettersOptions = {}): PackedLanguageLetters {
  const bits = opts.bits ?? 10;
  const levels = opts.levels ?? 7;
  const mask = (1 << bits) - 1;
  const counts = { en: new Float64Array(1 << bits), nl: new Float64Array(1 << bits) };
  const totals = { en: 0, nl: 0 };
  for (const e of examples) {
    if (e.lang !== 'en' && e.lang !== 'nl') continue;
    const c = counts[e.lang];
    for (const t of tokenize(e.text).tokens) {
      if (t.norm.length < 2 || t.norm.startsWith('#')) continue;
      const pieces = letterPieces(t.norm);
      for (const h of pieces) c[letterSlot(h, mask)]!++;
      totals[e.lang] += pieces.length;
    }
  }
  // Add-one smoothing: a slot seen in one language only leans to it, but not without bound.
  const size = 1 << bits;
  const odds = Float64Array.from({ length: size }, (_, s) =>
    Math.log((counts.nl[s]! + 1) / (totals.nl + size)) - Math.log((counts.en[s]! + 1) / (totals.en + size)));
  // The largest 1 % of the weights are clipped.
  const { scale, values } = quantize(odds, levels, 0.01);
  return { version: 1, bits, scale: Math.round(scale * 1e5) / 1e5, weights: toWeightText(values) };
}
