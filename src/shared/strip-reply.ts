/**
 * Strip quoted replies and signatures from the plain text of one email, so what is left is what
 * the sender wrote this time. Pure: text in, text out; runs in the browser and in Node.
 *
 * Why not a library: `planer` (the JS port of Mailgun's talon) only removes quotes, not
 * signatures, is CommonJS, parses HTML through a DOM of its own, and `recheck` finds
 * polynomial backtracking in 8 of its 16 patterns (e.g. its "On … wrote:" pattern); a 1 MB email
 * must not hang Gmail's tab. The rules here work line by line, every pattern is anchored, has
 * no nested or adjacent unbounded quantifiers, and is checked by recheck in the unit tests.
 *
 * The DOM side (src/content/gmail/) already drops Gmail's own quote and signature elements;
 * these text rules catch what other mail clients send: "On … wrote:" and "Op … schreef …:" lines,
 * "-----Original Message-----", Outlook's "From:/Sent:" header block, ">" quoting, "-- "
 * signatures, sign-offs such as "Met vriendelijke groet" and "Sent from my iPhone".
 */

/** Lines longer than this are never a quote header or a sign-off; skipping them keeps matching cheap. */
const MAX_HEADER_LINE = 400;

/** A quote header may be wrapped over this many lines ("On …, Name <" / "name@x> wrote:"). */
const MAX_HEADER_LINES = 3;

/**
 * A sign-off counts as the start of the signature only when at most this many non-empty lines
 * follow it (name, role, company, phone, address, website, a disclaimer line or two). A "Thanks"
 * with more text after it is part of the message, not its end.
 */
const MAX_SIGNATURE_LINES = 8;

/** Quote headers written by mail clients, in English and Dutch. Tested against one line, trimmed. */
export const QUOTE_HEADER_PATTERNS: readonly RegExp[] = [
  // Gmail, Apple Mail, Thunderbird: "On Mon, 3 Jun 2024 at 10:15, Jan Jansen <jan@x.nl> wrote:"
  /^On\s.{1,380}\swrote:?$/i,
  // Gmail NL: "Op ma 3 jun 2024 om 10:15 schreef Jan Jansen <jan@x.nl>:"
  /^Op\s.{1,190}\sschreef\s.{1,190}:$/i,
  // Apple Mail NL: "Op 3 jun. 2024 om 10:15 heeft Jan Jansen <jan@x.nl> het volgende geschreven:"
  /^Op\s.{1,380}\sgeschreven:$/i,
  // Outlook, Yahoo, Thunderbird forwards: "-----Original Message-----", "---------- Forwarded message ---------"
  /^-{2,}\s?(?:Original Message|Oorspronkelijk bericht|Origineel bericht|Oorspronkelijke bericht|Forwarded message|Doorgestuurd bericht)\s?-{2,}$/i,
];

/**
 * Outlook puts a header block above the quote: "From: …" then "Sent:/Date:/To:/Subject:" lines.
 * Tested against one trimmed line; `*` allows the bold markers of Outlook's plain text.
 */
export const HEADER_FROM_PATTERN = /^\*?(?:From|Van):\*?\s\S/i;
export const HEADER_FIELD_PATTERN = /^\*?(?:Sent|Date|To|Subject|Cc|Verzonden|Datum|Aan|Onderwerp):\*?\s\S/i;

/** A line of only underscores or dashes, as Outlook draws above its header block. */
export const RULE_PATTERN = /^(?:_{5,}|-{5,})$/;

/** RFC 3676 signature separator: "-- " (some clients trim it to "--"). */
export const SIGNATURE_SEPARATOR_PATTERN = /^--\s?$/;

/** "Sent from my iPhone" and its friends: everything from here on is the client's footer. */
export const MOBILE_FOOTER_PATTERN =
  /^(?:Sent from my|Sent from Mail for|Sent from Outlook|Sent with|Get Outlook for|Verstuurd vanaf mijn|Verzonden vanaf mijn|Verstuurd vanuit|Verzonden vanuit|Verzonden met|Verstuurd met|Download Outlook voor|Outlook voor)\s.{0,80}$/i;

/**
 * Sign-offs that only ever close a letter, alone on their line, optionally with punctuation and
 * a name ("Met vriendelijke groet, Jan", "Groetjes Anne"). Only one near the end starts the signature.
 */
export const SIGN_OFF_PATTERN = new RegExp(
  '^(?:' +
    [
      // English
      'kind regards', 'best regards', 'warm regards', 'warmest regards', 'kindest regards', 'regards',
      'with kind regards', 'best wishes', 'sincerely', 'yours sincerely', 'yours truly', 'yours faithfully',
      // Dutch
      'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'vriendelijke groeten',
      'met hartelijke groet', 'hartelijke groet', 'hartelijke groeten', 'met groet', 'groet', 'groeten',
      'groetjes', 'mvg', 'm\\.v\\.g\\.?', 'gr\\.?', 'hoogachtend',
    ].join('|') +
    ')[,.!]?(?:\\s[^\\s,.!?][^,.!?]{0,60})?$',
  'i',
);

/**
 * Words that close a letter but also start ordinary sentences ("Thanks!", "Best of all, …").
 * They count only with a comma ("Thanks,", "Cheers, Alex") or bare, and then only when just a
 * name and a company line may follow.
 */
export const SOFT_SIGN_OFF_PATTERN = new RegExp(
  '^(?:' +
    [
      'best', 'all the best', 'cheers', 'thanks', 'thank you', 'many thanks', 'thanks again',
      'thanks in advance', 'talk soon', 'alvast bedankt', 'bedankt', 'dank je wel', 'dank u wel',
      'dankjewel', 'alvast dank',
    ].join('|') +
    ')(?:,|,\\s[^\\s,.!?][^,.!?]{0,60})?$',
  'i',
);

/** Non-empty lines that may follow a bare soft sign-off: a name and perhaps a company. */
const MAX_LINES_AFTER_SOFT_SIGN_OFF = 2;

/** Every pattern in this module, for the backtracking check in the tests. */
export const ALL_PATTERNS: readonly RegExp[] = [
  ...QUOTE_HEADER_PATTERNS,
  HEADER_FROM_PATTERN,
  HEADER_FIELD_PATTERN,
  RULE_PATTERN,
  SIGNATURE_SEPARATOR_PATTERN,
  MOBILE_FOOTER_PATTERN,
  SIGN_OFF_PATTERN,
  SOFT_SIGN_OFF_PATTERN,
];

function testLine(pattern: RegExp, line: string): boolean {
  return line.length <= MAX_HEADER_LINE && pattern.test(line);
}

function isQuoteHeaderAt(lines: readonly string[], i: number): boolean {
  const first = lines[i]!.trim();
  if (first.length === 0 || first.length > MAX_HEADER_LINE) return false;
  // Wrapped headers: try the line alone, then joined with the next one or two.
  let joined = first;
  for (let n = 0; n < MAX_HEADER_LINES && i + n < lines.length; n++) {
    if (n > 0) {
      const next = lines[i + n]!.trim();
      if (next.length === 0) break;
      joined = `${joined} ${next}`;
      if (joined.length > MAX_HEADER_LINE) break;
    }
    if (QUOTE_HEADER_PATTERNS.some((p) => p.test(joined))) return true;
    // Only "On …"/"Op …" headers wrap; don't join lines for anything else.
    if (!/^O[np]\s/i.test(first)) break;
  }
  return false;
}

function isOutlookHeaderAt(lines: readonly string[], i: number): boolean {
  if (!testLine(HEADER_FROM_PATTERN, lines[i]!.trim())) return false;
  for (let n = 1; n <= 4 && i + n < lines.length; n++) {
    if (testLine(HEADER_FIELD_PATTERN, lines[i + n]!.trim())) return true;
  }
  return false;
}

function isQuotedLine(line: string): boolean {
  return line.trimStart().startsWith('>');
}

/**
 * Index of the first line of the quoted part (a quote header and everything after it), or
 * `lines.length` when there is none. `>` lines are handled apart, in `stripReply`.
 */
export function findQuoteStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (isQuoteHeaderAt(lines, i) || isOutlookHeaderAt(lines, i)) {
      // An Outlook rule line just above the header belongs to the quote.
      let start = i;
      while (start > 0 && (lines[start - 1]!.trim() === '' || testLine(RULE_PATTERN, lines[start - 1]!.trim()))) {
        start--;
      }
      return start;
    }
  }
  return lines.length;
}

function nonEmptyLinesAfter(lines: readonly string[], i: number, limit: number): number {
  let count = 0;
  for (let j = i + 1; j < lines.length && count <= limit; j++) {
    if (lines[j]!.trim() !== '') count++;
  }
  return count;
}

/** Index of the first line of the signature, or `lines.length` when there is none. */
export function findSignatureStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || line.length > MAX_HEADER_LINE) continue;
    if (SIGNATURE_SEPARATOR_PATTERN.test(line) || MOBILE_FOOTER_PATTERN.test(line)) return i;
    // The first line is never a sign-off: "Thanks," may open a one-line message.
    if (i === 0) continue;
    if (SIGN_OFF_PATTERN.test(line) && nonEmptyLinesAfter(lines, i, MAX_SIGNATURE_LINES) <= MAX_SIGNATURE_LINES) {
      return i;
    }
    if (SOFT_SIGN_OFF_PATTERN.test(line)) {
      const limit = line.includes(',') ? MAX_SIGNATURE_LINES : MAX_LINES_AFTER_SOFT_SIGN_OFF;
      if (nonEmptyLinesAfter(lines, i, limit) <= limit) return i;
    }
  }
  return lines.length;
}

/** Normalise line ends, drop trailing spaces, keep at most one blank line in a row, trim. */
export function tidyText(text: string): string {
  const out: string[] = [];
  let blank = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      blank++;
      if (blank > 1) continue;
    } else {
      blank = 0;
    }
    out.push(line);
  }
  return out.join('\n').trim();
}

/**
 * The sender's own words: `text` without the quoted earlier messages and without the signature.
 * Never throws; empty or junk input gives a (possibly empty) string.
 */
export function stripReply(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines = lines.slice(0, findQuoteStart(lines));
  // ">" lines quote an earlier message, with or without a header; an answer written between
  // them (inline reply) stays.
  lines = lines.filter((line) => !isQuotedLine(line));
  lines = lines.slice(0, findSignatureStart(lines));
  return tidyText(lines.join('\n'));
}
