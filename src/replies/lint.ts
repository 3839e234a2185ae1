/**
 * Kalm's own checks on a reply, the quality bar of issue 4 as code: the tests run every reply
 * of the matrix through it, and the popup or CLI may use it on a reply the user edited.
 */
import type { Settings } from '../shared/settings';
import { MAX_WORDS, MIN_WORDS, signatureOf } from './compose';
import type { ReplyLang } from './format';
import { readability, words } from './readability';

/** Flesch reading ease (en) / Flesch–Douma (nl) at or above this reads as plain language. */
export const MIN_READABILITY = 60;

/** Promise words a reply never uses (seed 003: never write "guarantee" for what is only possible). */
const GUARANTEE = /guarant|garanti|garander/i;

/** Legal language, admissions of fault and counter-threats: none of these belong in a calm reply. */
const LEGAL_OR_THREAT =
  /\b(?:lawyers?|attorneys?|solicitors?|courts?|sue|suing|lawsuits?|legal (?:action|steps)|liable|liability|negligen\w*|my fault|our fault|my mistake|our mistake|breach\w*|or else|consequences|debt collect\w*|collection agency|advocaa?t(?:en)?|rechter|rechtbank|rechtszaak|juridisch\w*|aansprakelijk\w*|mijn schuld|onze schuld|mijn fout|onze fout|nalatig\w*|incasso\w*|deurwaarder|gevolgen)\b/i;

/** Everything the user typed in the settings: capitals there (an acronym, a business name) are theirs to use. */
function userWords(settings?: Settings): Set<string> {
  const typed = settings ? [settings.name, settings.businessName, settings.signature, settings.currency].join(' ') : '';
  return new Set(words(typed));
}

/** The reply without its signature block (the signature is the user's own text). */
export function replyBody(text: string, settings?: Settings): string {
  const signature = settings ? signatureOf(settings) : '';
  return signature && text.endsWith(signature) ? text.slice(0, -signature.length).trimEnd() : text;
}

/** Problems with a reply, as readable strings; empty when it meets the bar. */
export function checkReply(text: string, lang: ReplyLang, settings?: Settings): string[] {
  const problems: string[] = [];
  const body = replyBody(text, settings);
  const allowed = userWords(settings);

  if (/[!¡]/.test(text)) problems.push('has an exclamation mark');
  const shouted = words(body).filter((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, '')) && !allowed.has(w));
  if (shouted.length) problems.push(`has words in capitals: ${shouted.join(', ')}`);
  const promise = GUARANTEE.exec(body);
  if (promise) problems.push(`promises: "${promise[0]}"`);
  const legal = LEGAL_OR_THREAT.exec(body);
  if (legal) problems.push(`legal, fault or threat wording: "${legal[0]}"`);

  const hole = /undefined|NaN|\bnull\b|[{}[\]]|\$\{/.exec(body);
  if (hole) problems.push(`template hole: "${hole[0]}"`);
  if (/ {2,}/.test(text)) problems.push('double space');
  if (/[ \t]\n|\n[ \t]/.test(text) || text !== text.trim()) problems.push('stray whitespace at a line end');
  if (/\n{3,}/.test(text)) problems.push('more than one blank line');
  if (/\s[,.;:?]/.test(body)) problems.push('space before punctuation');
  if (/[,.;:?]\s*[,.;:?]/.test(body.replace(/\d[.,:]\d/g, '0'))) problems.push('empty sentence or doubled punctuation');
  if (/[.?]\s+\p{Ll}/u.test(body)) problems.push('sentence starts in lower case');
  if (/(?:^|\n)[,.;:?]/.test(body)) problems.push('line starts with punctuation');

  const n = words(body).length;
  if (n < MIN_WORDS || n > MAX_WORDS) problems.push(`${n} words, outside ${MIN_WORDS}–${MAX_WORDS}`);
  const { score } = readability(body, lang);
  if (score < MIN_READABILITY) problems.push(`readability ${score} below ${MIN_READABILITY}`);
  return problems;
}
