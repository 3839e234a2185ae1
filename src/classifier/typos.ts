/**
 * Misspelled key words ("reimbvurse", "refnud", "korign") read as the word they almost are, so a
 * typo does not hide a demand from the model or the phrases. Only words of six letters or more,
 * only within one edit, only against a short list of words that matter for the flags.
 */
import type { Lang } from '../shared/types';

const KEY_WORDS: Record<'en' | 'nl', string[]> = {
  en: ['refund', 'refunds', 'refunded', 'reimburse', 'reimbursement', 'reimbursements', 'rebate', 'rebates', 'rebating',
    'compensation', 'compensations', 'restitution', 'discount', 'cheaper', 'expensive', 'negotiable', 'guarantee',
    'guaranteed', 'lawyer', 'attorney', 'solicitor', 'lawsuit', 'immediately', 'urgently', 'deadline', 'tomorrow',
    'weekend', 'tonight', 'deposit', 'payment', 'invoice', 'incompetent', 'pathetic', 'useless', 'ridiculous',
    'disgusting', 'unacceptable', 'idiot', 'stupid', 'moron', 'amateur', 'responsible', 'chargeback'],
  nl: ['terugbetaling', 'terugbetalen', 'terugstorten', 'restitutie', 'compensatie', 'schadevergoeding', 'korting',
    'goedkoper', 'garantie', 'garanderen', 'advocaat', 'rechtszaak', 'aanklagen', 'onmiddellijk', 'vandaag', 'morgen',
    'weekend', 'aanbetaling', 'betaling', 'factuur', 'incompetent', 'waardeloos', 'belachelijk', 'idioot', 'achterlijk',
    'verantwoordelijk', 'aansprakelijk', 'verachtelijk', 'walgelijk', 'afstotend', 'afstotelijk', 'onwetend', 'smerig',
    'ongedierte', 'kakkerlakken', 'parasieten', 'vermoorden', 'afslachten', 'neersteken', 'executeren', 'geexecuteerd',
    'sterven', 'uitroeien', 'verdrinken', 'waardeloos', 'klootzak', 'uitschot', 'gehandicapten', 'immigranten'],
};

const byFirst: Record<'en' | 'nl', Map<string, string[]>> = { en: new Map(), nl: new Map() };
for (const lang of ['en', 'nl'] as const) {
  for (const w of KEY_WORDS[lang]) {
    const list = byFirst[lang].get(w[0]!) ?? [];
    list.push(w);
    byFirst[lang].set(w[0]!, list);
  }
}
const known = { en: new Set(KEY_WORDS.en), nl: new Set(KEY_WORDS.nl) };
/** Real words one edit away from a key word: never read as it ("vandaan" is not "vandaag"). */
const REAL_WORDS = new Set(['vandaan', 'vandaar', 'werkend', 'morgens', 'renate', 'rebated', 'deposito', 'betaalde',
  'tomorrows', 'lawyered', 'invoiced', 'paymens']);

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

// Answers per word, since the phrases, the marks and the features all ask about the same words.
const memo = { en: new Map<string, string | null>(), nl: new Map<string, string | null>() };

/** The key word a token is a typo of, or undefined. */
export function correctTypo(word: string, lang: Lang): string | undefined {
  if (word.length < 6 || lang === 'other') return undefined;
  const l = lang === 'nl' ? 'nl' : 'en';
  const seen = memo[l].get(word);
  if (seen !== undefined) return seen ?? undefined;
  let found: string | null = null;
  if (!known[l].has(word) && !REAL_WORDS.has(word)) {
    // One edit only (a swap of two letters counts as one): at two edits real words collide
    // ("aanvragen" is two letters from "aanklagen", "terugbellen" from "terugbetalen").
    for (const key of byFirst[l].get(word[0]!) ?? []) {
      if (editDistance(word, key, 1) <= 1) { found = key; break; }
    }
    // The first two letters swapped ("erfunds"): looked up by the second letter.
    if (!found) for (const key of byFirst[l].get(word[1]!) ?? []) {
      if (key[1] === word[0] && editDistance(word, key, 1) <= 1) { found = key; break; }
    }
  }
  if (memo[l].size > 50_000) memo[l].clear();
  memo[l].set(word, found);
  return found ?? undefined;
}
