/**
 * Stage 1: turn raw input into the text every later stage reads, and say when it is junk.
 * Plain text is kept character for character, so evidence offsets point into what the user sees.
 */
import type { JunkReason } from '../shared/types';

/** Input longer than this is analysed up to here and flagged as cut (100 KB of text). */
export const MAX_ANALYSED_CHARS = 100_000;

export interface Normalized {
  text: string;
  truncated: boolean;
  junk?: JunkReason;
}

// Tags whose content is never text a person reads, and tags that end a line.
const INVISIBLE = new Set(['script', 'style', 'head', 'template', 'noscript', 'title']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'hr', 'section', 'article', 'header', 'footer']);
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9]{0,15})/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', eacute: 'é',
  euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', hellip: '…', mdash: '—', ndash: '–',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
};

/** True when the text looks like an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  // Most mail is prose: its first visible character says so without copying the text.
  const first = /\S/.exec(text.slice(0, 2000));
  if (!first || first[0] !== '<') return false;
  const head = text.slice(first.index, 2000).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ||
    (head.startsWith('<') && /<\/(?:div|p|body|table|span)>/.test(text.slice(0, 20000).toLowerCase()));
}

function decodeEntity(_m: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? _m;
}

/**
 * HTML to readable text: block tags become line breaks, other tags vanish, entities decode.
 * A single forward scan with indexOf (no backtracking regex), so hostile markup stays linear.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { out += html.slice(i); break; }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    // A declaration ("<!DOCTYPE html>") or processing instruction ("<?xml …?>") is no text.
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const gt = html.indexOf('>', lt);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    const name = TAG_NAME.exec(html.slice(lt, lt + 18));
    if (!name) { out += '<'; i = lt + 1; continue; }
    const gt = html.indexOf('>', lt);
    if (gt < 0) { i = html.length; break; }
    const tag = name[1]!.toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && INVISIBLE.has(tag)) {
      const end = lower.indexOf('</' + tag, i);
      i = end < 0 ? html.length : Math.max(i, lower.indexOf('>', end) + 1 || html.length);
      out += ' ';
    } else if (BLOCK.has(tag)) out += '\n';
  }
  return out
    .replace(ENTITY, decodeEntity)
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

const URL = /^(?:https?:\/\/|www\.)\S/i;
const URL_START = /^\s*(?:https?:\/\/|www\.)/i;
const LETTER = /\p{L}/u;

/** Classify junk input so the caller can answer calmly instead of guessing. */
export function junkReason(text: string): JunkReason | undefined {
  if (!/\S/.test(text)) return 'empty';
  const sample = text.slice(0, 4000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd)) control++;
  }
  if (control / sample.length > 0.1) return 'binary';
  if (URL_START.test(sample) && sample.trim().split(/\s+/).every((part) => URL.test(part))) return 'only-url';
  if (!LETTER.test(sample)) return /\p{Extended_Pictographic}/u.test(sample) ? 'only-emoji' : 'no-words';
  return undefined;
}

export interface NormalizeOptions {
  /** Treat the input as HTML; default: detect it. */
  html?: boolean;
}

export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  let text = typeof input === 'string' ? input : '';
  // Cut raw HTML generously before stripping so a huge page stays linear; cut the text again after.
  if (options.html ?? looksLikeHtml(text)) text = htmlToText(text.slice(0, MAX_ANALYSED_CHARS * 4));
  let truncated = false;
  if (text.length > MAX_ANALYSED_CHARS) {
    // Do not split a surrogate pair at the cut.
    let cut = MAX_ANALYSED_CHARS;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    text = text.slice(0, cut);
    truncated = true;
  }
  const junk = junkReason(text);
  return junk ? { text, truncated, junk } : { text, truncated };
}
