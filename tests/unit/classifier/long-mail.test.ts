/**
 * Long client email as it arrives: a greeting, a few paragraphs of news and questions, and a
 * sign-off, with the demand in one paragraph (tests/fixtures/long-mail, written apart from the
 * training corpus and from the phrase lists). A short test line shows whether a demand is
 * recognised; this shows whether it is still found among ordinary sentences, and whether a long
 * calm email stays quiet (corpus-split.test.ts keeps its lines out of training). The floors sit just below the figures measured when it was written
 * (README); a change to the long-mail rule that trades one for the other fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FlagId } from '../../../src/shared/types';
import { reportOn } from '../helpers/score';

const DIR = join(__dirname, '..', '..', 'fixtures', 'long-mail');

describe.each(['en', 'nl'] as const)('the %s long client emails', (lang) => {
  const rows = readFileSync(join(DIR, `${lang}.jsonl`), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; lang: string; labels: FlagId[] });
  const report = reportOn(rows, lang);

  test('are long, in their language, and measure every flag', () => {
    expect(rows.every((r) => r.lang === lang && r.text.split(/\s+/).length >= 80 && r.text.includes('\n\n'))).toBe(true);
    for (const s of Object.values(report.perFlag)) expect(s.support).toBeGreaterThanOrEqual(6);
    expect(report.negatives).toBeGreaterThanOrEqual(20);
  });
  test('have most of their demands found', () => {
    expect(report.anyFlag.recall).toBeGreaterThan(0.55);
    expect(report.macroF1).toBeGreaterThan(0.55);
  });
  test('raise few false alarms', () => {
    expect(report.anyFlag.precision).toBeGreaterThan(0.85);
    expect(report.falseAlarmRate).toBeLessThan(0.2);
  });
});

test('the long-mail folder holds just the two languages', () => {
  expect(readdirSync(DIR).sort()).toEqual(['en.jsonl', 'nl.jsonl']);
});
