/**
 * Gmail's theme as the user sees it where the banner sits: Gmail's themes (dark, pictures, custom
 * colours) are set on Gmail's own elements, not through `prefers-color-scheme`, so the banner
 * looks at the background actually painted behind it.
 */

export type Theme = 'light' | 'dark';

/** `rgb(…)` / `rgba(…)` → [r, g, b, a]; undefined for anything else (e.g. `transparent`). */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!m) return undefined;
  let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) … 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/**
 * Below this luminance the background counts as dark. Gmail's dark theme paints #202124–#2d2e30
 * (≈ 0.015–0.03), its light theme #fff / #f6f8fc (≈ 0.93); 0.2 sits well between, so a mid-grey
 * picture theme still gets dark text on a light card only when it is light enough.
 */
const DARK_BELOW = 0.2;

/** The theme of the first ancestor of `element` (itself included) that paints an opaque background. */
export function themeAt(element: Element): Theme {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (color && color[3] >= 0.5) return luminance(color) < DARK_BELOW ? 'dark' : 'light';
  }
  return 'light';
}
