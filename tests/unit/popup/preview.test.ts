import { describe, expect, test } from 'vitest';
import { PREVIEW_CHARS, firstLines } from '../../../src/popup/preview';

describe('firstLines', () => {
  test('a short body is shown whole', () => {
    expect(firstLines('Hi Sam,\n\nCan you call me?')).toEqual({ text: 'Hi Sam,\n\nCan you call me?', moreLines: 0 });
  });
  test('stops after six lines with words and counts the rest', () => {
    const body = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(firstLines(body)).toEqual({ text: 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6', moreLines: 4 });
  });
  test('one enormous line is cut with an ellipsis', () => {
    const { text, moreLines } = firstLines('x'.repeat(1_000_000));
    expect(text.length).toBeLessThanOrEqual(PREVIEW_CHARS + 1);
    expect(text.endsWith('…')).toBe(true);
    expect(moreLines).toBe(0);
  });
  test('an empty body gives empty text', () => {
    expect(firstLines('')).toEqual({ text: '', moreLines: 0 });
  });
});
