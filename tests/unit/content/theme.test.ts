// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { luminance, parseColor, themeAt } from '../../../src/content/ui/theme';

describe("following Gmail's theme", () => {
  test.each([
    ['rgb(32, 33, 36)', [32, 33, 36, 1]],
    ['rgba(255, 255, 255, 0.5)', [255, 255, 255, 0.5]],
    ['rgb(246 248 252 / 80%)', [246, 248, 252, 0.8]],
    ['transparent', undefined],
    ['', undefined],
  ])('parseColor(%j)', (value, expected) => {
    expect(parseColor(value)).toEqual(expected);
  });

  test('luminance runs from black to white', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([32, 33, 36])).toBeLessThan(0.05);
  });

  test('reads the background painted behind the banner, skipping transparent layers', () => {
    document.body.innerHTML = '<div id="dark" style="background-color: rgb(32, 33, 36)"><div><p id="in-dark">x</p></div></div><div id="light" style="background-color: rgb(255, 255, 255)"><span id="in-light">y</span></div><p id="plain">z</p>';
    expect(themeAt(document.getElementById('in-dark')!)).toBe('dark');
    expect(themeAt(document.getElementById('in-light')!)).toBe('light');
    expect(themeAt(document.getElementById('plain')!)).toBe('light');
  });
});
