/** Scoring labelled lines with the shipped classifier, for the tests that hold it to measured floors. */
import { analyze } from '../../../src/classifier/index';
import { evaluate } from '../../../src/classifier/training/evaluate';
import type { FlagId } from '../../../src/shared/types';

/** Per-flag and overall figures of the classifier on `rows`, every flag counted. */
export function reportOn(rows: readonly { text: string; labels: FlagId[] }[], lang: 'en' | 'nl') {
  return evaluate(rows.map((r) => ({ lang, gold: r.labels, predicted: analyze(r.text).flags.map((f) => f.id) })), 1);
}
