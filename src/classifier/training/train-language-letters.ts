/**
 * Training the language letters (language-letters.ts): count each hashed piece of three letters in
 * the Dutch and the English corpus, and keep, per slot, the smoothed log-odds of Dutch over
 * English, written in a few levels. Counting only: the same corpus always gives the same table.
 */
import { letterPieces, letterSlot, type PackedLanguageLetters } from '../language-letters';
import { toWeightText } from '../model/format';
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
      letterPieces(t.norm, (h) => { c[letterSlot(h, mask)]!++; totals[e.lang as 'en' | 'nl']++; });
    }
  }
  // Add-one smoothing: a slot seen in one language only leans to it, but not without bound.
  const size = 1 << bits;
  const odds = Float64Array.from({ length: size }, (_, s) =>
    Math.log((counts.nl[s]! + 1) / (totals.nl + size)) - Math.log((counts.en[s]! + 1) / (totals.en + size)));
  const sorted = Float64Array.from(odds, Math.abs).sort();
  // The scale is set by all but the largest 1 % of the weights, so a few extremes (clipped) do not flatten the rest.
  const scale = Math.max(1e-6, sorted[Math.floor(size * 0.99)]!) / levels;
  const values = Int8Array.from(odds, (w) => Math.max(-levels, Math.min(levels, Math.round(w / scale))));
  return { version: 1, bits, scale: Math.round(scale * 1e5) / 1e5, weights: toWeightText(values) };
}
