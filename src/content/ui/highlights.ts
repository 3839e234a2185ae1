/**
 * Paint the evidence in Gmail's message with the CSS Custom Highlight API: Ranges registered
 * under a name and styled by `::highlight(name)`, so not one node of Gmail's page is added,
 * wrapped or changed (Gmail's editor and its own scripts never see Kalm's marks). One style
 * element in the page's head carries the colours; everything is removed on `clear()`.
 *
 * Where the API is missing (older browsers), highlighting is skipped: the banner still quotes the words.
 */
import type { Severity } from '../../shared/types';

/** Highlight names in the page's registry, one per severity, and one for the flag in focus. */
export const HIGHLIGHT_NAMES = {
  high: 'kalm-evidence-high',
  medium: 'kalm-evidence-medium',
  low: 'kalm-evidence-low',
  focus: 'kalm-evidence-focus',
} as const;

const STYLE_ID = 'kalm-highlight-style';

/**
 * Soft tints that read on Gmail's light and dark themes alike (alpha over the page). Calm: a low
 * flag is a cool grey-blue, medium a sand tone, high a muted terracotta; never alarm red.
 */
const STYLE = `
::highlight(${HIGHLIGHT_NAMES.low}) { background-color: rgba(120, 150, 190, 0.28); }
::highlight(${HIGHLIGHT_NAMES.medium}) { background-color: rgba(230, 180, 80, 0.35); }
::highlight(${HIGHLIGHT_NAMES.high}) { background-color: rgba(220, 130, 100, 0.35); }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgba(255, 214, 0, 0.55); text-decoration: underline 2px; }
`;

interface HighlightLike {
  new (...ranges: AbstractRange[]): unknown;
}

function registry(doc: Document): { set(name: string, value: unknown): void; delete(name: string): boolean } | undefined {
  const view = doc.defaultView as (Window & { CSS?: { highlights?: unknown }; Highlight?: HighlightLike }) | null;
  const highlights = view?.CSS?.highlights as { set(name: string, value: unknown): void; delete(name: string): boolean } | undefined;
  return highlights && typeof view?.Highlight === 'function' ? highlights : undefined;
}

export function isHighlightSupported(doc: Document): boolean {
  return registry(doc) !== undefined;
}

export interface EvidenceHighlights {
  /** Replace the painted evidence: ranges per severity. */
  show(bySeverity: Partial<Record<Severity, Range[]>>): void;
  /** Emphasise these ranges (the flag the user points at in the banner); empty to stop. */
  focus(ranges: Range[]): void;
  /** Remove every highlight (the style element stays until `dispose`). */
  clear(): void;
  /** Remove every highlight and the style element. */
  dispose(): void;
}

export function createEvidenceHighlights(doc: Document): EvidenceHighlights {
  const reg = registry(doc);
  const Highlight = (doc.defaultView as unknown as { Highlight?: HighlightLike } | null)?.Highlight;

  const ensureStyle = () => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE;
    (doc.head ?? doc.documentElement).append(style);
  };
  const set = (name: string, ranges: Range[]) => {
    if (!reg || !Highlight) return;
    // Highlighting is a help, never a reason for the banner to fail (e.g. a browser whose content
    // scripts cannot hand their objects to the page's registry).
    try {
      if (ranges.length === 0) {
        reg.delete(name);
        return;
      }
      const highlight = new Highlight(...ranges) as { priority: number };
      // The flag in focus paints over the severity tints.
      if (name === HIGHLIGHT_NAMES.focus) highlight.priority = 1;
      reg.set(name, highlight);
    } catch {
      // no highlight
    }
  };
  const clear = () => {
    if (!reg) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      try {
        reg.delete(name);
      } catch {
        // nothing to remove
      }
    }
  };

  return {
    show(bySeverity) {
      if (!reg) return;
      ensureStyle();
      set(HIGHLIGHT_NAMES.high, bySeverity.high ?? []);
      set(HIGHLIGHT_NAMES.medium, bySeverity.medium ?? []);
      set(HIGHLIGHT_NAMES.low, bySeverity.low ?? []);
      set(HIGHLIGHT_NAMES.focus, []);
    },
    focus(ranges) {
      if (!reg) return;
      set(HIGHLIGHT_NAMES.focus, ranges);
    },
    clear,
    dispose() {
      clear();
      doc.getElementById(STYLE_ID)?.remove();
    },
  };
}
