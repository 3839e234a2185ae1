/**
 * `npm run eval -- FILE.jsonl [--min-support N] [--errors] [--json] [--sensitivity low|normal|high]`:
 * score the classifier on labelled lines ({"text","lang","labels"}), overall and per language.
 * `npm run eval -- --corpus` scores the project's own test corpus (tests/fixtures/corpus), where
 * every flag counts; `--buried` hides each of its lines among eight ordinary messages
 * (`neg-general`), to measure long mail. `npm run eval -- --long-mail` scores the realistic long
 * client emails of tests/fixtures/long-mail (every flag counts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../classifier/index';
import { evaluate, formatReport, type Scored } from '../classifier/training/evaluate';
import { readCorpusDir } from '../classifier/training/corpus';
import { buryAmong } from '../classifier/training/buried';
import type { FlagId } from '../shared/types';
import { LONG_MAIL_DIR, TEST_DIR } from './paths';
import { readSensitivity, SENSITIVITY_ERROR } from './sensitivity';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const showErrors = args.includes('--errors');
const json = args.includes('--json');
const sensitivity = readSensitivity(opt('--sensitivity'));
if (!sensitivity) {
  console.error(SENSITIVITY_ERROR);
  process.exit(2);
}
const VALUE_OPTIONS = new Set(['--min-support', '--sensitivity']);

interface Row { id?: string; text: string; lang: string; labels: FlagId[] }
let rows: Row[];
let minSupport = Number(opt('--min-support') ?? 20);
if (args.includes('--corpus')) {
  const corpus = [...readCorpusDir(TEST_DIR('en'), 'en'), ...readCorpusDir(TEST_DIR('nl'), 'nl')];
  rows = args.includes('--buried') ? buryAmong(corpus, corpus.filter((e) => e.source === 'neg-general.jsonl')) : corpus;
  minSupport = Number(opt('--min-support') ?? 1);
} else if (args.includes('--long-mail')) {
  rows = readdirSync(LONG_MAIL_DIR).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readRows(join(LONG_MAIL_DIR, f)));
  minSupport = Number(opt('--min-support') ?? 1);
} else {
  const file = args.find((a, i) => !a.startsWith('--') && !VALUE_OPTIONS.has(args[i - 1] ?? ''));
  if (!file) {
    console.error('usage: npm run eval -- FILE.jsonl|--corpus [--buried]|--long-mail [--min-support N] [--errors] [--json] [--sensitivity low|normal|high]');
    process.exit(2);
  }
  rows = readRows(file);
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

const scored: (Scored & { row: Row })[] = rows.map((row) => {
  const a = analyze(row.text, { sensitivity });
  return { row, lang: row.lang, gold: row.labels, predicted: a.flags.map((f) => f.id) };
});

const langs = [...new Set(scored.map((s) => s.lang))].sort();
const reports = { all: evaluate(scored, minSupport), ...Object.fromEntries(langs.map((l) => [l, evaluate(scored.filter((s) => s.lang === l), minSupport)])) };
if (json) console.log(JSON.stringify(reports, null, 1));
else for (const [name, r] of Object.entries(reports)) console.log(formatReport(name, r) + '\n');
if (showErrors) {
  for (const s of scored) {
    const missed = s.gold.filter((g) => !s.predicted.includes(g));
    const extra = s.predicted.filter((p) => !s.gold.includes(p));
    if (missed.length || extra.length) console.log(`${s.lang} missed=[${missed}] extra=[${extra}] ${s.row.text.slice(0, 160).replace(/\n/g, ' ')}`);
  }
}
