// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import { SELECTORS, type SelectorSpec } from '../../../src/content/gmail/selectors';
import { openGmailPage, type GmailPage } from '../helpers/gmail-dom';

const pages = new Map<string, GmailPage>();
function page(name: string): Document {
  let p = pages.get(name);
  if (!p) {
    p = openGmailPage(name);
    pages.set(name, p);
  }
  return p.document;
}
afterAll(async () => {
  await Promise.all([...pages.values()].map((p) => p.close()));
});

const rows = Object.entries(SELECTORS as Record<string, SelectorSpec>).flatMap(([name, spec]) =>
  Object.entries(spec.matches).map(([fixture, count]) => [name, fixture, count, spec] as const),
);

describe('every Gmail selector matches its fixtures', () => {
  test.each(rows)('%s on %s: %i', (_name, fixture, count, spec) => {
    expect(page(fixture).querySelectorAll(spec.css).length).toBe(count);
  });

  test.each(rows.filter(([, , , spec]) => spec.fallback))('%s fallback on %s: %i', (_name, fixture, count, spec) => {
    expect(page(fixture).querySelectorAll(spec.fallback!).length).toBe(count);
  });

  test('every selector names at least one fixture where it must match and one where it must not', () => {
    for (const [name, spec] of Object.entries(SELECTORS as Record<string, SelectorSpec>)) {
      const counts = Object.values(spec.matches);
      expect(counts.some((n) => n > 0), name).toBe(true);
      expect(counts.some((n) => n === 0), name).toBe(true);
    }
  });
});
