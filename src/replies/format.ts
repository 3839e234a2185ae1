/**
 * How the user's values read inside a reply, per language: money, percentages, hours, days,
 * small numbers as words. Written by hand rather than with `Intl` so the output is the same in
 * every browser and Node build (no narrow no-break spaces that a mail client may mangle).
 */
import { WEEKDAYS, type BusinessHours, type Weekday } from '../shared/settings';

export type ReplyLang = 'en' | 'nl';

const NUMBER_WORDS: Record<ReplyLang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  nl: ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
};

/** Small whole numbers as words ("two", "twee"); others as digits. */
export function numberWord(n: number, lang: ReplyLang): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS[lang].length ? NUMBER_WORDS[lang][n]! : formatNumber(n, lang);
}

/** 3000 → "3,000" (en) / "3.000" (nl); two decimals only when there are cents. */
export function formatNumber(n: number, lang: ReplyLang): string {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const cents = Math.round(Math.abs(n) * 100) % 100;
  const whole = Math.floor(Math.round(Math.abs(n) * 100) / 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 ? '-' : '';
  return cents ? `${sign}${grouped}${decimal}${String(cents).padStart(2, '0')}` : `${sign}${grouped}`;
}

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** €85 / € 85 (Dutch usage puts a space after the sign); unknown codes follow the number: 85 CHF. */
export function formatMoney(amount: number, currency: string, lang: ReplyLang): string {
  const n = formatNumber(amount, lang);
  const symbol = SYMBOLS[currency.toUpperCase()];
  if (!symbol) return `${n} ${currency.toUpperCase()}`;
  return lang === 'nl' ? `${symbol} ${n}` : `${symbol}${n}`;
}

export function formatPercent(p: number, lang: ReplyLang): string {
  return `${formatNumber(p, lang)}%`;
}

/** 14 → "14 days" / "14 dagen"; small counts as words. */
export function formatDays(days: number, lang: ReplyLang): string {
  if (lang === 'en') return days === 1 ? 'one day' : `${days} days`;
  return days === 1 ? 'één dag' : `${days} dagen`;
}

function parseTime(t: string): { h: number; m: number } {
  const [h, m] = t.split(':').map(Number);
  return { h: h ?? 0, m: m ?? 0 };
}

function formatTime(t: string, lang: ReplyLang): string {
  const { h, m } = parseTime(t);
  if (lang === 'nl') return `${h}.${String(m).padStart(2, '0')}`;
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m ? `${h12}:${String(m).padStart(2, '0')} ${suffix}` : `${h12} ${suffix}`;
}

/** "9 am to 5 pm" / "9.00 tot 17.00 uur": meant to follow "from" / "van". */
export function formatHours(hours: BusinessHours, lang: ReplyLang): string {
  return lang === 'en'
    ? `${formatTime(hours.start, 'en')} to ${formatTime(hours.end, 'en')}`
    : `${formatTime(hours.start, 'nl')} tot ${formatTime(hours.end, 'nl')} uur`;
}

export const DAY_NAMES: Record<ReplyLang, Record<Weekday, string>> = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  nl: { mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag', sat: 'zaterdag', sun: 'zondag' },
};

/** "a, b and c" / "a, b en c". */
export function joinList(items: readonly string[], lang: ReplyLang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'en' ? 'and' : 'en';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * Working days as they follow "I work" / "Ik werk": a run reads as a range
 * ("Monday to Friday", "van maandag tot en met vrijdag"), anything else as a list
 * ("on Monday and Thursday", "op maandag en donderdag").
 */
export function formatWorkdays(days: readonly Weekday[], lang: ReplyLang): string {
  const idx = days.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const names = idx.map((i) => DAY_NAMES[lang][WEEKDAYS[i]!]);
  const isRun = idx.length >= 3 && idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
  if (isRun) {
    return lang === 'en' ? `${names[0]} to ${names[names.length - 1]}` : `van ${names[0]} tot en met ${names[names.length - 1]}`;
  }
  return `${lang === 'en' ? 'on' : 'op'} ${joinList(names, lang)}`;
}

/** The first working day after `day` (wrapping round the week), or undefined when no days are set. */
export function nextWorkday(day: Weekday, days: readonly Weekday[]): Weekday | undefined {
  if (days.length === 0) return undefined;
  const start = WEEKDAYS.indexOf(day);
  for (let k = 1; k <= 7; k++) {
    const d = WEEKDAYS[(start + k) % 7]!;
    if (days.includes(d)) return d;
  }
  return undefined;
}

/** A response time in hours as "within an hour", "within 4 hours", "within two days" (and Dutch). */
export function formatWithin(hours: number, lang: ReplyLang): string {
  if (lang === 'en') {
    if (hours === 1) return 'within an hour';
    if (hours === 24) return 'within a day';
    if (hours % 24 === 0) return `within ${numberWord(hours / 24, 'en')} days`;
    return `within ${hours} hours`;
  }
  if (hours === 1) return 'binnen een uur';
  if (hours === 24) return 'binnen een dag';
  if (hours % 24 === 0) return `binnen ${numberWord(hours / 24, 'nl')} dagen`;
  return `binnen ${hours} uur`;
}

/** "two rounds of changes" / "twee correctierondes". */
export function formatRevisions(rounds: number, lang: ReplyLang): string {
  if (lang === 'en') return rounds === 1 ? 'one round of changes' : `${numberWord(rounds, 'en')} rounds of changes`;
  return rounds === 1 ? 'één correctieronde' : `${numberWord(rounds, 'nl')} correctierondes`;
}
