/**
 * Per-flag decision thresholds, chosen on a held-out slice of the training corpus (never on the
 * test corpus or real evaluation data): for each flag, the probability cut that maximises F-beta
 * with beta < 1, because a false alarm on a friendly client costs the user's trust more than a
 * missed flag.
 */
import { FLAG_IDS } from '../../shared/types';
import { normalize } from '../01-normalize';
import { featurize } from '../features';
import { scoreFlags, tokenContributions } from '../04-score';
import { loadModel, type PackedModel } from '../model/format';
import type { Example } from './corpus';

export const BETA = 0.7;
const CANDIDATES = Array.from({ length: 17 }, (_, i) => 0.3 + i * 0.04); // 0.30 … 0.94

/** Deterministic split by a hash of the text: about `share` of the examples are held out. */
export function isHeldOut(text: string, share = 0.2): boolean {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000 < share;
}

export function chooseThresholds(model: PackedModel, heldOut: Example[]): number[] {
  const m = loadModel(model);
  const probs = heldOut.map((e) => {
    const text = normalize(e.text).text;
    const f = featurize(text, e.lang);
    return scoreFlags(f, m, tokenContributions(f, m)).map((s) => s.probability);
  });
  return FLAG_IDS.map((flag, k) => {
    let best = 0.5, bestScore = -1;
    for (const t of CANDIDATES) {
      let tp = 0, fp = 0, fn = 0;
      heldOut.forEach((e, i) => {
        const gold = e.labels.includes(flag), pred = probs[i]![k]! >= t;
        if (gold && pred) tp++; else if (pred) fp++; else if (gold) fn++;
      });
      const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
      const b2 = BETA * BETA;
      const score = p + r ? ((1 + b2) * p * r) / (b2 * p + r) : 0;
      if (score > bestScore) { bestScore = score; best = t; }
    }
    return Math.round(best * 100) / 100;
  });
}
