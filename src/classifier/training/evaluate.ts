/** Precision, recall and F1 per flag, macro-F1, any-flag F1 and the false-alarm rate, per language. */
import { FLAG_IDS, type FlagId } from '../../shared/types';

export interface Scored { lang: string; gold: readonly FlagId[]; predicted: readonly FlagId[] }

export interface FlagStats { support: number; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

export interface Report {
  items: number;
  perFlag: Record<FlagId, FlagStats>;
  /** Mean F1 over flags with at least `minSupport` gold examples. */
  macroF1: number;
  macroOver: FlagId[];
  /** Any flag vs none. */
  anyFlag: FlagStats;
  negatives: number;
  falseAlarms: number;
  falseAlarmRate: number;
}

function stats(tp: number, fp: number, fn: number, support: number): FlagStats {
  const precision = tp + fp === 0 ? (support === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = support === 0 ? 1 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { support, tp, fp, fn, precision, recall, f1 };
}

export function evaluate(rows: readonly Scored[], minSupport = 20): Report {
  const perFlag = {} as Record<FlagId, FlagStats>;
  for (const flag of FLAG_IDS) {
    let tp = 0, fp = 0, fn = 0, support = 0;
    for (const r of rows) {
      const g = r.gold.includes(flag), p = r.predicted.includes(flag);
      if (g) support++;
      if (g && p) tp++; else if (p) fp++; else if (g) fn++;
    }
    perFlag[flag] = stats(tp, fp, fn, support);
  }
  const macroOver = FLAG_IDS.filter((f) => perFlag[f].support >= minSupport);
  const macroF1 = macroOver.length ? macroOver.reduce((s, f) => s + perFlag[f].f1, 0) / macroOver.length : NaN;
  let tp = 0, fp = 0, fn = 0, support = 0, negatives = 0, falseAlarms = 0;
  for (const r of rows) {
    const g = r.gold.length > 0, p = r.predicted.length > 0;
    if (g) support++; else negatives++;
    if (g && p) tp++; else if (p) { fp++; falseAlarms++; } else if (g) fn++;
  }
  return {
    items: rows.length, perFlag, macroF1, macroOver, anyFlag: stats(tp, fp, fn, support),
    negatives, falseAlarms, falseAlarmRate: negatives ? falseAlarms / negatives : 0,
  };
}

export function formatReport(title: string, r: Report): string {
  const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : (x * 100).toFixed(1).padStart(5));
  const lines = [`${title}: ${r.items} items`, 'flag                  support  prec   rec    F1'];
  for (const f of FLAG_IDS) {
    const s = r.perFlag[f];
    if (s.support === 0 && s.fp === 0) continue;
    lines.push(`${f.padEnd(20)} ${String(s.support).padStart(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}${s.support === 0 ? `  (${s.fp} false)` : ''}`);
  }
  lines.push(`macro-F1 over ${r.macroOver.length} flags with enough examples: ${pct(r.macroF1)}`);
  lines.push(`any-flag F1: ${pct(r.anyFlag.f1)} (P ${pct(r.anyFlag.precision)}, R ${pct(r.anyFlag.recall)})`);
  lines.push(`false alarms on unlabelled lines: ${r.falseAlarms}/${r.negatives} = ${pct(r.falseAlarmRate)} %`);
  return lines.join('\n');
}
