/**
 * Find the classifier's evidence in Gmail's own message, as DOM Ranges over the existing text
 * nodes, so it can be highlighted without changing a single node of Gmail's page.
 *
 * The analysis ran on the reader's plain text (`bodyText`): same walk as `elementText`, quotes and
 * signature left out. Offsets in that text cannot be used on the DOM directly (whitespace
 * collapses, blocks become newlines, the text rules cut the end), so each piece of evidence is
 * found by its words: the n-th occurrence of those words in the analysed text is the n-th
 * occurrence in the message, compared with whitespace collapsed on both sides.
 */
import type { Evidence } from '../../shared/types';
import { BLOCKS, CELLS, NEVER_TEXT, PARAGRAPHS, isHidden } from './element-text';
import { SELECTORS } from './selectors';

/** The message's visible text with whitespace collapsed, and where each character came from. */
export interface TextMap {
  text: string;
  /** For each character of `text`: index into `nodes`, or -1 for a space standing for a line break. */
  nodeIndex: Int32Array;
  /** For each character of `text`: its offset in that text node. */
  offset: Int32Array;
  nodes: Text[];
}

/**
 * Evidence lies in the first `MAX_ANALYSED_CHARS` (100,000) characters the classifier read; the
 * map stops a little after that, so a 1 MB email costs no more than a 100 KB one.
 */
export const MAX_MAPPED_CHARS = 120_000;

const WHITESPACE = /[\t\n\r\f \u00a0]/;

/** Collapse runs of whitespace to one space, as the map does. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\r\f \u00a0]+/g, ' ');
}

/** Walk `body` like the reader does (same skipped and stopping elements) and map its text. */
export function buildTextMap(body: Element, limit = MAX_MAPPED_CHARS): TextMap {
  const chars: string[] = [];
  const nodeIndex: number[] = [];
  const offset: number[] = [];
  const nodes: Text[] = [];
  let lastWasSpace = true; // no leading space
  const space = (node: number, at: number) => {
    if (lastWasSpace) return;
    chars.push(' ');
    nodeIndex.push(node);
    offset.push(at);
    lastWasSpace = true;
  };
  const skip = SELECTORS.bodySkip.css;
  const stop = SELECTORS.bodyStop.css;

  type Step = { node: Node; exit: boolean };
  const stack: Step[] = [];
  for (let child = body.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  walk: while (stack.length > 0 && chars.length < limit) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const data = (node as Text).data;
      const index = nodes.push(node as Text) - 1;
      for (let i = 0; i < data.length; i++) {
        const c = data[i]!;
        if (WHITESPACE.test(c)) space(index, i);
        else {
          chars.push(c);
          nodeIndex.push(index);
          offset.push(i);
          lastWasSpace = false;
        }
      }
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (exit) {
      if (BLOCKS.has(tag) || PARAGRAPHS.has(tag) || CELLS.has(tag)) space(-1, 0);
      continue;
    }
    if (element.matches(stop)) break walk;
    if (NEVER_TEXT.has(tag) || isHidden(element) || element.matches(skip)) continue;
    if (tag === 'BR' || BLOCKS.has(tag) || PARAGRAPHS.has(tag)) space(-1, 0);
    stack.push({ node: element, exit: true });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  return { text: chars.join(''), nodeIndex: Int32Array.from(nodeIndex), offset: Int32Array.from(offset), nodes };
}

/** Start indexes of every occurrence of `needle` in `haystack` (non-overlapping). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** Which occurrence of its own words (0-based) an evidence span is in the analysed text. */
function occurrenceIndex(analysedText: string, evidence: Evidence, needle: string, caseless: boolean): number {
  const before = collapseWhitespace(analysedText.slice(0, evidence.start));
  const hay = caseless ? before.toLowerCase() : before;
  // Occurrences that start before the evidence; the evidence itself starts at the end of `before`
  // (a trailing collapsed space belongs to the text before it).
  return occurrences(hay + needle, needle).filter((at) => at < hay.length).length;
}

/** A Range over `map.text[start, end)`, or null when an end is not in a text node. */
function rangeOf(doc: Document, map: TextMap, start: number, end: number): Range | null {
  const first = map.nodeIndex[start];
  const last = map.nodeIndex[end - 1];
  if (first === undefined || last === undefined || first < 0 || last < 0) return null;
  const range = doc.createRange();
  range.setStart(map.nodes[first]!, map.offset[start]!);
  range.setEnd(map.nodes[last]!, map.offset[end - 1]! + 1);
  return range;
}

/**
 * Ranges in `body` for each piece of evidence; evidence whose words cannot be found (Gmail
 * changed the message meanwhile) is left out rather than guessed.
 */
export function evidenceRanges(body: Element, analysedText: string, evidence: readonly Evidence[], map = buildTextMap(body)): Range[] {
  const doc = body.ownerDocument;
  const ranges: Range[] = [];
  const lowerMap = map.text.toLowerCase();
  const caselessUsable = lowerMap.length === map.text.length;
  for (const item of evidence) {
    const needle = collapseWhitespace(item.text).trim();
    if (!needle) continue;
    let found = occurrences(map.text, needle);
    let caseless = false;
    if (found.length === 0 && caselessUsable && needle.toLowerCase().length === needle.length) {
      found = occurrences(lowerMap, needle.toLowerCase());
      caseless = true;
    }
    if (found.length === 0) continue;
    const nth = occurrenceIndex(analysedText, item, caseless ? needle.toLowerCase() : needle, caseless);
    const at = found[Math.min(nth, found.length - 1)]!;
    const range = rangeOf(doc, map, at, at + needle.length);
    if (range) ranges.push(range);
  }
  return ranges;
}
