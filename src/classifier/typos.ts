/**
 * Misspelled key words ("reimbvurse", "refnud", "korign") read as the word they almost are, so a
 * typo does not hide a demand from the model or the phrases. Only words of six letters or more,
 * only within one edit, only against a short list of words that matter for the flags.
 */
import type { Lang } from '../shared/types';
import { en as EN_LEXICON } from './lexicon/en';
import { nl as NL_LEXICON } from './lexicon/nl';

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

/**
 * Words of contempt and slurs are the words hate speech disguises most, so they are key words too;
 * only long ones, where one edit rarely lands on a real word ("katten" is one letter from
 * "ratten", "besten" from "beesten").
 */
const MIN_LISTED = 8;
/** Shorter listed words are read through a swap of two neighbouring letters only; shorter words are never typos. */
export const MIN_SWAPPED = 5;
/** The lexicon's hostile and profane words, as a set: for words glued to a short one (exact, so no collisions to fear). */
const listedWords = (lex: typeof EN_LEXICON) =>
  new Set([...lex.hostile, ...lex.profanity].filter((w) => w.length >= MIN_SWAPPED && /^[a-z]+$/.test(w)));
const GLUABLE = { en: listedWords(EN_LEXICON), nl: listedWords(NL_LEXICON) };

/** Words by their first letter: a typo keeps its first letter (or swaps it with the second). */
function byFirstLetter(words: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of words) {
    const list = index.get(w[0]!);
    if (list) list.push(w); else index.set(w[0]!, [w]);
  }
  return index;
}
/**
 * The same words by first letter, matched only by a swap of two neighbouring letters or a dropped
 * letter: a changed or added letter too often gives a real word ("interior" → "inferior",
 * "veiligheid" → "vuiligheid", "oprichter" → "oplichter", measured on all corpora), a swap almost
 * never does.
 */
const LISTED = { en: byFirstLetter(GLUABLE.en), nl: byFirstLetter(GLUABLE.nl) };

/** Whether `word` is `key` with two neighbouring letters swapped or one letter left out. */
function swappedOrDropped(word: string, key: string): boolean {
  if (word.length === key.length) {
    let i = 0;
    while (i < word.length && word[i] === key[i]) i++;
    return i < word.length - 1 && word[i] === key[i + 1] && word[i + 1] === key[i] && word.slice(i + 2) === key.slice(i + 2);
  }
  // A last letter left out is an inflection ("prutser" of "prutsers"), read as written.
  if (word.length !== key.length - 1 || key.startsWith(word) || key.length < MIN_LISTED) return false;
  let i = 0;
  while (i < word.length && word[i] === key[i]) i++;
  return word.slice(i) === key.slice(i + 1);
}

/**
 * Short words a disguise glues to a key word ("eenflikker", "testerven", "verdoemalle"): a missing
 * space is a common way to slip past filters.
 */
const GLUE: Record<'en' | 'nl', Set<string>> = {
  en: new Set(['a', 'an', 'the', 'to', 'so', 'all', 'you', 'are', 'is', 'be', 'of', 'such', 'them', 'those', 'these', 'fucking']),
  nl: new Set(['een', 'de', 'het', 'te', 'zo', 'alle', 'al', 'die', 'dat', 'ze', 'je', 'jij', 'zijn', 'is', 'van', 'voor', 'echt', 'gewoon', 'zulke']),
};

const byFirst = { en: byFirstLetter(KEY_WORDS.en), nl: byFirstLetter(KEY_WORDS.nl) };
const known = { en: new Set(KEY_WORDS.en), nl: new Set(KEY_WORDS.nl) };
/**
 * Real words one edit away from a key word: never read as it ("vandaan" is not "vandaag", "bepaling"
 * not "betaling", "streven" not "sterven", "relate" not "rebate"). Most were found by running every
 * word of Debian's Dutch and American word lists (wdutch, wamerican) through the reader;
 * tests/unit/classifier/typos-dictionary.test.ts does that again.
 */
const REAL_WORDS = new Set([
  'aanklager', 'aanlagen', 'aanslagen', 'achterdijk', 'achterlijf', 'achterlijn', 'aflachten', 'apathetic',
  'beets', 'bemaling', 'bepaling', 'beset', 'betaalde', 'cheapen', 'cheater', 'crepe', 'deposito', 'dismount',
  'executeuren', 'expansive', 'extensive', 'facteur', 'fikkers', 'fractuur', 'gaanderen', 'gebefte', 'goudkoper',
  'idioom', 'invoiced', 'lathing', 'karting', 'kloet', 'kortink', 'korving', 'kosten', 'lairs', 'lawyered', 'liras',
  'makaken', 'mergen', 'morden', 'moreen', 'morgan', 'morgens', 'mormon', 'morren', 'morsen', 'morten',
  'morton', 'neerstaken', 'neerstreken', 'paymens', 'rebated', 'rechtszaal', 'relate', 'relates', 'relating',
  'renate', 'schoten', 'schuren', 'serven', 'smedig', 'smering', 'smeris', 'sterken', 'sternen', 'sterren', 'steven', 'strange',
  'streven', 'terugstoten', 'tomorrows', 'uitbroeien', 'uitgroeien', 'uitroepen', 'uitschoot', 'uitschut',
  'uitwoeien', 'vandaal', 'vandaan', 'vandaar', 'verassen', 'verdringen', 'verhoorden', 'verreken',
  'versmoorden', 'verwoorden', 'wekkend', 'wenkend', 'werkend', 'wiekend', 'wrekend',
]);

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
  if (word.length < MIN_SWAPPED || lang === 'other') return undefined;
  const l = lang === 'nl' ? 'nl' : 'en';
  const seen = memo[l].get(word);
  if (seen !== undefined) return seen ?? undefined;
  let found: string | null = null;
  // A real word, a key word or a listed word itself ("mongool" is not a typo of "mongolo") is read as written.
  if (!REAL_WORDS.has(word) && !known[l].has(word) && !GLUABLE[l].has(word)) {
    if (word.length >= 6) found = oneEditFromKey(word, l);
    found ??= LISTED[l].get(word[0]!)?.find((key) => swappedOrDropped(word, key)) ?? unglued(word, l);
  }
  if (memo[l].size > 50_000) memo[l].clear();
  memo[l].set(word, found);
  return found ?? undefined;
}

/**
 * The key word one edit from `word` (a swap of two letters counts as one), or null. Only one: at
 * two edits real words collide ("aanvragen" is two letters from "aanklagen").
 */
function oneEditFromKey(word: string, lang: 'en' | 'nl'): string | null {
  for (const key of byFirst[lang].get(word[0]!) ?? []) if (editDistance(word, key, 1) <= 1) return key;
  // The first two letters swapped ("erfunds"): looked up by the second letter.
  for (const key of byFirst[lang].get(word[1]!) ?? []) if (key[1] === word[0] && editDistance(word, key, 1) <= 1) return key;
  return null;
}

/** The listed word inside a word glued to a short word before or after it, or null. */
function unglued(word: string, lang: 'en' | 'nl'): string | null {
  const glue = GLUE[lang], listed = GLUABLE[lang];
  for (let cut = 1; cut <= 6 && word.length - cut >= 5; cut++) {
    const head = word.slice(0, word.length - cut), tail = word.slice(cut);
    if (glue.has(word.slice(0, cut)) && listed.has(tail)) return tail;
    if (glue.has(word.slice(word.length - cut)) && listed.has(head)) return head;
  }
  return null;
}
