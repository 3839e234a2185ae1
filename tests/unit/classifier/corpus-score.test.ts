/**
 * A guard on quality, measured rather than assumed: the classifier is scored on the project's own
 * held-out test corpus (tests/fixtures/corpus, never used in training). The floors sit just below
 * the figures measured when this test was written (see the README); a change that makes Kalm
 * clearly worse at catching demands, or noisier on ordinary mail, fails here.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCorpusDir } from '../../../src/classifier/training/corpus';
import { reportOn } from '../helpers/score';

const DIR = join(__dirname, '..', '..', 'fixtures', 'corpus');

describe.each(['en', 'nl'] as const)('the %s test corpus', (lang) => {
  const rows = readCorpusDir(join(DIR, lang), lang);
  const report = reportOn(rows, lang);

  test('is large enough to measure every flag', () => {
    for (const s of Object.values(report.perFlag)) expect(s.support).toBeGreaterThanOrEqual(40);
    expect(report.negatives).toBeGreaterThanOrEqual(500);
  });
  test('catches most demands', () => {
    expect(report.anyFlag.recall).toBeGreaterThan(0.42);
    expect(report.macroF1).toBeGreaterThan(0.5);
  });
  test('stays quiet on ordinary mail', () => {
    expect(report.falseAlarmRate).toBeLessThan(0.09);
    expect(report.anyFlag.precision).toBeGreaterThan(0.8);
  });
});
