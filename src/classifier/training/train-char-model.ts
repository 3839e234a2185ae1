/**
 * Training the letter model (char-model.ts): one-vs-rest logistic regression per flag over the
 * hashed pieces of a message's words, with AdaGrad and L2, on whole messages; then a few levels
 * per weight. Seeded, so the same corpus always gives the same table.
 */
import { FLAG_IDS } from '../../shared/types';
import { CHAR_FLAGS, slot, wordGrams, type PackedCharModel } from '../char-model';
import { tokenize } from '../tokenize';
import { quantize, toWeightText } from '../model/format';
import type { Example } from './corpus';
import { DEFAULT_SEED, seededRandom } from './seeded-random';

export interface CharTrainOptions {
  /** The table holds 2^bits weights. */
  bits?: number;
  epochs?: number;
  l2?: number;
  learningRate?: number;
  /** Weights are written as whole multiples of the scale in [-levels, levels] (at most 127). */
  levels?: number;
}

interface Row { grams: Uint32Array; values: Float32Array; y: Uint8Array }

function rowOf(example: Example, cache: Map<string, Uint32Array>): Row {
  const counts = new Map<number, number>();
  let pieces = 0;
  for (const t of tokenize(example.text).tokens) {
    let grams = cache.get(t.norm);
    if (!grams) cache.set(t.norm, (grams = wordGrams(t.norm)));
    for (const h of grams) counts.set(h, (counts.get(h) ?? 0) + 1);
    pieces += grams.length;
  }
  // As in scoring: the sum over a window divided by the square root of its number of pieces.
  const norm = 1 / Math.sqrt(Math.max(1, pieces));
  const y = new Uint8Array(CHAR_FLAGS);
  for (const l of example.labels) y[FLAG_IDS.indexOf(l)] = 1;
  return { grams: Uint32Array.from(counts.keys()), values: Float32Array.from(counts.values(), (c) => c * norm), y };
}

export function trainCharModel(examples: readonly Example[], opts: CharTrainOptions = {}): PackedCharModel {
  const bits = opts.bits ?? 15;
  const epochs = opts.epochs ?? 12;
  const l2 = opts.l2 ?? 1e-4;
  const lr = opts.learningRate ?? 0.3;
  const mask = (1 << bits) - 1;
  const cache = new Map<string, Uint32Array>();
  const rows = examples.map((e) => rowOf(e, cache));
  const positives = FLAG_IDS.map((_, k) => rows.filter((r) => r.y[k]).length);
  const posWeight = positives.map((p) => Math.min(4, Math.max(1, Math.sqrt((rows.length - p) / Math.max(1, p)))));
  const W = new Float32Array(1 << bits);
  const G = new Float32Array(1 << bits).fill(1e-6);
  const bias = new Float32Array(CHAR_FLAGS).fill(-2);
  const GB = new Float32Array(CHAR_FLAGS).fill(1e-6);
  const order = rows.map((_, i) => i);
  const rand = seededRandom(DEFAULT_SEED);
  let slots = new Int32Array(4096);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { grams, values, y } = rows[n]!;
      if (grams.length > slots.length) slots = new Int32Array(grams.length);
      const m = grams.length;
      for (let k = 0; k < CHAR_FLAGS; k++) {
        let z = bias[k]!;
        for (let g = 0; g < m; g++) { const s = slot(grams[g]!, k, mask); slots[g] = s; z += W[s]! * values[g]!; }
        const p = 1 / (1 + Math.exp(-z));
        const grad = (p - y[k]!) * (y[k] ? posWeight[k]! : 1);
        GB[k]! += grad * grad;
        bias[k]! -= (lr * grad) / Math.sqrt(GB[k]!);
        for (let g = 0; g < m; g++) {
          const s = slots[g]!;
          const gw = grad * values[g]! + l2 * W[s]!;
          G[s]! += gw * gw;
          W[s]! -= (lr * gw) / Math.sqrt(G[s]!);
        }
      }
    }
  }
  // Few levels pack small; the largest tenth of a percent of the weights are clipped.
  const { scale, values } = quantize(W, opts.levels ?? 7, 0.001);
  return { version: 2, bits, scale, bias: [...bias].map((b) => Math.round(b * 1e4) / 1e4), weights: toWeightText(values) };
}
