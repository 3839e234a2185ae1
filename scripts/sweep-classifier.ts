/**
 * `npx tsx scripts/sweep-classifier.ts '[CONFIG, …]' [labelled.jsonl]`: train the model with each
 * configuration and print the figures that decide between them — macro-F1 and false alarms on a
 * labelled file of real messages (default `../shared/eval/dev.jsonl`, if present), per source when
 * the lines carry one, and macro-F1 per language on the project's own test corpus.
 *
 * A CONFIG holds training options (see `TrainOptions`: `refitFeatures`, `maxFeatures`,
 * `minWeight`, `l2`, `epochs`, …) and `decisions`, a list of decision rules to try on the trained
 * model (`{ "margin": 1, "penalty": 0.5, "threshold": 0.5, "letterGate": 0, "letterCut": 2.5, "flagMargins": { "threat": 1 } }`;
 * see `Decision` in src/classifier/index.ts), and `letters`, options for the letter model
 * (`CharTrainOptions`: `bits`, `levels`, `l2`, …). Example, the shipped setting beside two others:
 *
 *   npx tsx scripts/sweep-classifier.ts '[{"decisions":[{},{"margin":0},{"margin":2}]}]'
 *
 * A tool for choosing settings, not a test: each configuration takes one to two minutes to train.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { analyzeWith, DEFAULT_DECISION, type Decision } from '../src/classifier/index';
import { loadModel } from '../src/classifier/model/format';
import { readCorpusDir } from '../src/classifier/training/corpus';
import { evaluate, type Scored } from '../src/classifier/training/evaluate';
import { replyNegatives } from '../src/classifier/training/reply-negatives';
import { trainModel, type TrainOptions } from '../src/classifier/training/train-model';
import { trainCharModel, type CharTrainOptions } from '../src/classifier/training/train-char-model';
import { loadCharModel } from '../src/classifier/char-model';
import { ROOT, TEST_DIR, TRAIN_DIR } from '../src/cli/paths';
import type { FlagId } from '../src/shared/types';

interface DecisionConfig { margin?: number; flagMargins?: Decision['flagMargins']; penalty?: number; threshold?: number; letterGate?: number; letterCut?: number }
type Config = TrainOptions & { decisions?: DecisionConfig[]; letters?: CharTrainOptions };

const configs = JSON.parse(process.argv[2] ?? '[{}]') as Config[];
const labelledPath = process.argv[3] ?? join(ROOT, '..', 'shared', 'eval', 'dev.jsonl');
const labelled = existsSync(labelledPath)
  ? readFileSync(labelledPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; lang: string; labels: string[]; source?: string })
  : [];
const corpus = (['en', 'nl'] as const).flatMap((lang) => readCorpusDir(TRAIN_DIR(lang), lang));
const training = [...corpus, ...replyNegatives(corpus)];
const test = (['en', 'nl'] as const).flatMap((lang) => readCorpusDir(TEST_DIR(lang), lang));
const pct = (x: number) => (x * 100).toFixed(1);

for (const config of configs) {
  const started = Date.now();
  const packed = trainModel(training, config);
  const model = loadModel(packed);
  const letters = loadCharModel(trainCharModel(training, config.letters));
  const trainedIn = ((Date.now() - started) / 1000).toFixed(0);
  for (const d of config.decisions ?? [{}]) {
    if (d.threshold !== undefined) model.thresholds.fill(d.threshold);
    const decision = {
      modelOnlyMargin: d.margin ?? DEFAULT_DECISION.modelOnlyMargin,
      // A margin given for all flags replaces the shipped per-flag ones unless those are given too.
      flagMargins: d.flagMargins ?? (d.margin === undefined ? DEFAULT_DECISION.flagMargins : undefined),
      manyWindowsPenalty: d.penalty ?? DEFAULT_DECISION.manyWindowsPenalty,
      letterGate: d.letterGate ?? DEFAULT_DECISION.letterGate, letterCut: d.letterCut ?? DEFAULT_DECISION.letterCut,
    };
    const run = (rows: readonly { text: string; lang: string; labels: readonly string[] }[]): Scored[] =>
      rows.map((r) => ({ lang: r.lang, gold: r.labels as FlagId[], predicted: analyzeWith(model, decision, r.text, {}, letters).flags.map((f) => f.id) }));
    const options: TrainOptions = { ...config };
    delete (options as Config).decisions;
    delete (options as Config).letters;
    const head = `${JSON.stringify(options)} ${JSON.stringify(d)}: trained in ${trainedIn} s, ${packed.trainedOn.features} features, ` +
      `model ${(gzipSync(JSON.stringify(packed)).length / 1024).toFixed(0)} KB gz`;
    const ts = run(test);
    const en = evaluate(ts.filter((x) => x.lang === 'en'), 1), nl = evaluate(ts.filter((x) => x.lang === 'nl'), 1), all = evaluate(ts, 1);
    let line = `  own test: macro-F1 en ${pct(en.macroF1)} nl ${pct(nl.macroF1)}, false alarms ${pct(all.falseAlarmRate)} %`;
    if (labelled.length) {
      const lv = run(labelled);
      const e = evaluate(lv), enl = evaluate(lv.filter((x) => x.lang === 'nl'));
      line += `\n  ${labelledPath.split('/').pop()}: macro-F1 ${pct(e.macroF1)}, false alarms ${pct(e.falseAlarmRate)} %, Dutch any-flag F1 ${pct(enl.anyFlag.f1)}`;
      const bySource = new Map<string, [number, number]>();
      lv.forEach((p, i) => {
        if (p.gold.length) return;
        const s = bySource.get(labelled[i]!.source ?? '?') ?? [0, 0];
        s[0]++;
        if (p.predicted.length) s[1]++;
        bySource.set(labelled[i]!.source ?? '?', s);
      });
      line += '\n  false alarms by source: ' + [...bySource].map(([s, [n, f]]) => `${s} ${pct(f / n)} %`).join(', ');
    }
    console.log(head + '\n' + line);
  }
}
