/**
 * Safe facts from the client's own words, so a reply can restate what was asked
 * ("you would like the price to come down to €3,000") instead of a generic line.
 *
 * Only closed-class facts are taken — an amount with a currency, a day, a time of day, the kind
 * of payment request, the client's je/u — and they are re-rendered in the reply's language.
 * Free text from the client is never copied into a reply: that is how abusive words, shouting
 * or odd markup would get echoed back.
 *
 * Every pattern here is linear: no nested quantifiers, bounded repetition only.
 */
import type { Analysis, Evidence, Flag, FlagId } from '../shared/types';
import type { Weekday } from '../shared/settings';

export interface Money {
  value: number;
  /** ISO code: EUR, USD or GBP. */
  currency: string;
}

/** When the client wants something: a day, or a part of the day. */
export type TimeRef =
  | { kind: 'day'; day: Weekday }
  | { kind: 'today' | 'tonight' | 'tomorrow' | 'weekend' | 'evening' | 'anytime' };

export interface Facts {
  /** The one amount in the discount request, when there is exactly one. */
  amount?: Money;
  /** The date in a deadline demand. */
  due?: TimeRef;
  /** When the client expects the user to work or answer (boundary intrusion). */
  when?: TimeRef;
  /** Whether the out-of-hours request is about a delivery or about contact. */
  boundaryKind: 'delivery' | 'contact';
  /** What the payment request is about. */
  paymentKind: 'deposit' | 'later' | 'other';
  /** The Dutch form of address the client used; undefined when the text gives no sign. */
  address?: 'je' | 'u';
}

/** Longest stretch around a piece of evidence that we read for facts (keeps work bounded on huge input). */
const CONTEXT_LIMIT = 300;

/** The sentence(s) around one piece of evidence, in lower case. */
export function evidenceContext(text: string, ev: Evidence): string {
  const start = Math.max(0, Math.min(ev.start, text.length));
  const end = Math.max(start, Math.min(ev.end, text.length));
  let a = start;
  while (a > 0 && start - a < CONTEXT_LIMIT && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  // A full stop between digits ("3.000") is not the end of a sentence.
  while (b < text.length && b - end < CONTEXT_LIMIT && !(/[!?\n]/.test(text[b]!) || (text[b] === '.' && !/\d/.test(text[b + 1] ?? '')))) b++;
  return text.slice(a, b).toLowerCase();
}

function contextsFor(analysis: Analysis, id: FlagId): string[] {
  const flag: Flag | undefined = analysis.flags.find((f) => f.id === id);
  if (!flag) return [];
  const seen = new Set<string>();
  for (const ev of flag.evidence.slice(0, 8)) {
    const ctx = evidenceContext(analysis.text, ev);
    if (ctx.trim()) seen.add(ctx);
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------
// Money

const NUMBER = /\d{1,3}(?:[.,]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?/g;

/** "3,000" / "3.000" / "3.000,50" / "85.50" / "85,5" → number; undefined when ambiguous. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.replace(/[.,]$/, '');
  let m = /^(\d{1,3})((?:[.,]\d{3}){1,3})$/.exec(s);
  if (m) return Number(m[1]! + m[2]!.replace(/[.,]/g, ''));
  m = /^(\d{1,3})((?:[.,]\d{3}){1,3})([.,])(\d{1,2})$/.exec(s);
  if (m) {
    if (m[2]!.includes(m[3]!)) return undefined; // the same mark as grouping and decimal: not a number we can read
    return Number(`${m[1]}${m[2]!.replace(/[.,]/g, '')}.${m[4]}`);
  }
  m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s);
  if (m) return Number(m[2] ? `${m[1]}.${m[2]}` : m[1]);
  return undefined;
}

const CURRENCY_BEFORE: [RegExp, string][] = [
  [/(?:€|eur|euro)\s?$/, 'EUR'],
  [/\$\s?$/, 'USD'],
  [/£\s?$/, 'GBP'],
];
const CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s?(?:€|eur\b|euro)/, 'EUR'],
  [/^\s?(?:usd\b|dollars?\b|\$)/, 'USD'],
  [/^\s?(?:gbp\b|pounds?\b|£)/, 'GBP'],
];

/** Every amount with a currency marker in a (lower-cased) text. A bare number is never taken for money. */
export function findAmounts(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const at = m.index ?? 0;
    // Part of a longer run of digits or a word ("v2", "10x"): skip.
    if (/[\p{L}\d]/u.test(text[at - 1] ?? '')) continue;
    let value = parseNumber(m[0]);
    if (value === undefined) continue;
    let rest = text.slice(at + m[0].length, at + m[0].length + 12);
    const k = /^\s?k\b/.exec(rest);
    if (k) {
      value *= 1000;
      rest = rest.slice(k[0].length);
    }
    const before = text.slice(Math.max(0, at - 5), at);
    const currency =
      CURRENCY_BEFORE.find(([re]) => re.test(before))?.[1] ?? CURRENCY_AFTER.find(([re]) => re.test(rest))?.[1];
    if (currency && value > 0 && value < 10_000_000) out.push({ value, currency });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Days and times

const DAY_WORDS: [RegExp, Weekday][] = [
  [/\b(?:monday|maandag)/, 'mon'],
  [/\b(?:tuesday|dinsdag)/, 'tue'],
  [/\b(?:wednesday|woensdag)/, 'wed'],
  [/\b(?:thursday|donderdag)/, 'thu'],
  [/\b(?:friday|vrijdag)/, 'fri'],
  [/\b(?:saturday|zaterdag)/, 'sat'],
  [/\b(?:sunday|zondag)/, 'sun'],
];

interface Hit {
  at: number;
  ref: TimeRef;
}

function firstHit(text: string, table: [RegExp, TimeRef][]): TimeRef | undefined {
  let best: Hit | undefined;
  for (const [re, ref] of table) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, ref };
  }
  return best?.ref;
}

const DUE_TABLE: [RegExp, TimeRef][] = [
  ...DAY_WORDS.map(([re, day]): [RegExp, TimeRef] => [re, { kind: 'day', day }]),
  [/\b(?:today|end of (?:the )?day|vandaag|vandaag nog)\b/, { kind: 'today' }],
  [/\b(?:tonight|vanavond|vannacht)\b/, { kind: 'tonight' }],
  [/\b(?:tomorrow|morgen(?:ochtend|middag|vroeg)?)\b/, { kind: 'tomorrow' }],
  [/\b(?:weekend|this week-end)\b/, { kind: 'weekend' }],
];

const WHEN_TABLE: [RegExp, TimeRef][] = [
  ...DAY_WORDS.map(([re, day]): [RegExp, TimeRef] => [re, { kind: 'day', day }]),
  [/\b(?:weekends?|saturdays? and sundays?|zaterdag en zondag)\b/, { kind: 'weekend' }],
  [/\b(?:evenings?|tonight|night|late|after (?:hours|work|6|7|8|9|10)|(?:9|10|11)\s?pm|avond(?:s|en)?|vanavond|nacht|'s nachts|na (?:werktijd|kantoortijd))\b/, { kind: 'evening' }],
  [/\b(?:any ?time|24\/7|all hours|day or night|day and night|whenever|altijd bereikbaar|dag en nacht|op elk moment|elk moment|wanneer dan ook)\b/, { kind: 'anytime' }],
  [/\b(?:holidays?|christmas|vakantie|feestdag(?:en)?|kerst)\b/, { kind: 'anytime' }],
];

const DELIVERY = /\b(?:deliver\w*|ship\w*|send (?:it|them|the)|drop(?:ped)? off|install\w*|lever\w*|bezorg\w*|opleveren|opgeleverd|langsbrengen|brengen)\b/;

const DEPOSIT = /\b(?:deposit|down ?payment|up ?front|in advance|advance payment|before (?:you|we) start|aanbetaling|voorschot|vooraf|vooruit)\b/;
const LATER = /\b(?:later|next month|end of (?:the )?month|next week|in a few (?:weeks|months)|when (?:i|we) get paid|after (?:the )?launch|volgende maand|eind van de maand|uitstel|achteraf|over een paar (?:weken|maanden)|als (?:ik|wij|we) betaald)\b/;

// ---------------------------------------------------------------------------------------------
// je / u

/**
 * The client's form of address in a Dutch message: 'u' when they write u/uw at least as often as
 * je/jij/jouw (or open with "Geachte"), 'je' when they use only the informal forms, undefined when
 * the text has neither.
 */
export function detectAddress(text: string): 'je' | 'u' | undefined {
  const lower = text.slice(0, 20_000).toLowerCase();
  const u = (lower.match(/\b(?:u|uw|uzelf)\b/g)?.length ?? 0) + (/\bgeachte\b/.test(lower) ? 2 : 0);
  const je = lower.match(/\b(?:je|jij|jou|jouw|jezelf)\b/g)?.length ?? 0;
  if (u === 0 && je === 0) return undefined;
  return u > 0 && u >= je ? 'u' : 'je';
}

// ---------------------------------------------------------------------------------------------

/** Read the facts the replies may restate. Pure; never throws on odd offsets or huge text. */
export function extractFacts(analysis: Analysis): Facts {
  const facts: Facts = { boundaryKind: 'contact', paymentKind: 'other' };

  const discount = contextsFor(analysis, 'discount_pressure');
  const amounts = discount.flatMap(findAmounts);
  const distinct = [...new Map(amounts.map((a) => [`${a.currency}${a.value}`, a])).values()];
  if (distinct.length === 1) facts.amount = distinct[0];

  const deadline = contextsFor(analysis, 'deadline_pressure');
  for (const ctx of deadline) {
    facts.due ??= firstHit(ctx, DUE_TABLE);
  }

  const boundary = contextsFor(analysis, 'boundary_intrusion');
  for (const ctx of boundary) {
    facts.when ??= firstHit(ctx, WHEN_TABLE);
    if (DELIVERY.test(ctx)) facts.boundaryKind = 'delivery';
  }

  const payment = contextsFor(analysis, 'payment_stalling').join(' ');
  if (DEPOSIT.test(payment)) facts.paymentKind = 'deposit';
  else if (LATER.test(payment)) facts.paymentKind = 'later';

  if (analysis.lang === 'nl') facts.address = detectAddress(analysis.text);
  return facts;
}
