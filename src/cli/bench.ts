/**
 * `npm run bench`: how fast the classifier is, against two baselines measured in the same run on
 * the same text — a bare lowercase-and-split pass (the floor no analysis can beat) and the AFINN
 * `sentiment` package (one job to Kalm's eleven) — and how big it is in the bundle.
 * Reports medians and spreads, never asserts: these machines are shared and noisy.
 * It times the classifier as it ships (bundled and minified like the extension's build), not the
 * TypeScript sources run through a loader, whose helpers cost time the extension never pays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Sentiment from 'sentiment';
import { readCorpusDir } from '../classifier/training/corpus';
import { ROOT, TEST_DIR } from './paths';

/** Emails of about `size` characters, made from the project's own test corpus, mixing calm and demanding lines. */
function makeEmail(size: number, seed: number): string {
  const lines = [...readCorpusDir(TEST_DIR('en'), 'en')].map((e) => e.text);
  let out = 'Hi Sam,\n\n';
  for (let i = seed; out.length < size; i = (i * 7 + 13) % lines.length) out += lines[i] + '\n\n';
  return out.slice(0, size);
}

/** Runs `fn` for `ms` first, so that every contender is timed as optimised code, not while the JIT is still compiling it. */
function warmUp(fn: () => unknown, ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) fn();
}

function timeIt(fn: () => unknown, minMs: number): number[] {
  warmUp(fn, 300);
  const samples: number[] = [];
  const start = performance.now();
  // Each sample times a batch so that sub-millisecond runs are measured above the timer's resolution.
  let batch = 1;
  const t0 = performance.now();
  fn();
  const once = performance.now() - t0;
  if (once < 0.5) batch = Math.ceil(0.5 / Math.max(once, 0.001));
  while (performance.now() - start < minMs || samples.length < 15) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t) / batch);
    if (samples.length >= 400) break;
  }
  return samples.sort((a, b) => a - b);
}

const q = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

const bundle = await build({
  entryPoints: [join(ROOT, 'src', 'classifier', 'index.ts')],
  bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', target: 'es2022', logLevel: 'silent',
});
const code = bundle.outputFiles[0]!.contents;
const cache = join(ROOT, 'node_modules', '.cache', 'kalm-bench');
mkdirSync(cache, { recursive: true });
writeFileSync(join(cache, 'classifier.mjs'), code);
const { analyze } = (await import(pathToFileURL(join(cache, 'classifier.mjs')).href)) as typeof import('../classifier/index');

const sentiment = new Sentiment();
const bare = (t: string) => t.toLowerCase().split(/\s+/).length;

console.log('Kalm classifier benchmark (node ' + process.version + ')\n');
console.log('size    | kalm median (p10–p90)        | bare split | AFINN     | kalm/bare | kalm/AFINN');
/** Per size, the medians of Kalm and of the bare pass, for the linearity line. */
const medians: Record<number, { kalm: number; bare: number }> = {};
for (const size of [1_000, 10_000, 100_000]) {
  const texts = [0, 1, 2].map((s) => makeEmail(size, s * 31 + 1));
  let i = 0;
  const next = () => texts[i++ % texts.length]!;
  const kalm = timeIt(() => analyze(next()), size >= 100_000 ? 4000 : 2000);
  const floor = timeIt(() => bare(next()), 1000);
  const afinn = timeIt(() => sentiment.analyze(next()), 1500);
  const k = q(kalm, 0.5), b = q(floor, 0.5), s = q(afinn, 0.5);
  medians[size] = { kalm: k, bare: b };
  console.log(`${String(size / 1000).padStart(3)} KB  | ${fmt(k).padStart(9)} (${fmt(q(kalm, 0.1))}–${fmt(q(kalm, 0.9))})`.padEnd(39) +
    `| ${fmt(b).padStart(10)} | ${fmt(s).padStart(9)} | ${(k / b).toFixed(1).padStart(8)}× | ${(k / s).toFixed(2).padStart(9)}×`);
}
const growth = (who: 'kalm' | 'bare') => (medians[100_000]![who] / medians[1_000]![who]).toFixed(1);
console.log(`\nlinearity: 100 KB / 1 KB = ${growth('kalm')}× (target ≤ 100×); the bare pass on the same texts: ${growth('bare')}×`);
// Why even the bare pass grows faster than the text here: a JS string or array over 128 KB (a 100 KB
// email with one "€" is a two-byte string of 200 KB; its 18,000 words make arrays of 144 KB) goes to
// V8's large-object space, which maps fresh memory for each (measured on this machine: an array of
// 17,000 elements took 0.5-1 ms to allocate, one of 15,000 elements 15 µs). Chrome's V8 compresses
// pointers, so there an array holds twice as many elements before that happens.

console.log(`classifier bundle (code, lexicons and model): ${(code.length / 1024).toFixed(1)} KB minified, ` +
  `${(gzipSync(code).length / 1024).toFixed(1)} KB minified + gzip (target ≤ 150 KB)`);
