/**
 * Readability of a reply: word and sentence counts, syllables, and the Flesch reading ease
 * (English) or its Dutch adaptation by Douma. Both formulas give higher scores for easier
 * text; 60 and above reads as plain language for a general adult reader.
 *
 * The syllable counters are rules of thumb, not dictionaries. They are tested on common words
 * (tests/unit/replies/readability.test.ts) and only need to be right on average over a letter.
 */
import type { ReplyLang } from './format';

/** English syllables by vowel groups, with the usual silent-e, -ed, -es and -le corrections. */
export function syllablesEn(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  // "being", "going", "paying": the vowel before -ing is a syllable of its own.
  const ing = /[aeiouy]ing$/.test(w) ? 1 : 0;
  // Silent e inside common suffixes: likely, statement, careful, useless, lateness.
  w = w.replace(/([^aeiouy])e(ly|ment|ful|ness|less)$/, '$1$2');
  if (/[^aeiouy]le$/.test(w) || /[td]ed$/.test(w) || /(?:[sxzgc]|ch|sh)es$/.test(w)) {
    // table, wanted, boxes: the final e is heard.
  } else if (/[^aeiouy](?:es|ed)$/.test(w)) {
    w = w.slice(0, -2); // asked, makes
  } else if (/[^e]e$/.test(w)) {
    w = w.slice(0, -1); // make, quote, value
  }
  w = w.replace(/^y/, ''); // a leading y is a consonant: your, yellow
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // i + a/o heard apart (radio, period, media, serious), but not in -tion, -cial, -sion, -lion.
  const hiatus = w.match(/[^cgstlnx]i[ao]/g)?.length ?? 0;
  return Math.max(1, groups + ing + hiatus);
}

/**
 * Dutch syllables by vowel groups, where the Dutch digraphs and trigraphs (aa, ee, ie, oe, eu,
 * ui, ei, ij, ou, au, ieu, eeu, oei, ooi, aai…) are one vowel and a diaeresis starts a new one
 * (ideeën = i-dee-en).
 */
export function syllablesNl(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ]/g, '');
  if (!w) return 0;
  const groups = w.match(/ieu|eeu|oei|ooi|aai|uee|aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au|[aeiouyàáâäèéêëìíîïòóôöùúûü]/g);
  return Math.max(1, groups?.length ?? 0);
}

export function countSyllables(word: string, lang: ReplyLang): number {
  if (!/\p{L}/u.test(word)) {
    // A number reads as at least one word per digit group: "85" ≈ "eighty-five".
    const digits = word.replace(/\D/g, '').length;
    return Math.max(1, Math.min(digits, 4));
  }
  return lang === 'en' ? syllablesEn(word) : syllablesNl(word);
}

/** Words: runs of letters and digits, with inner apostrophes, hyphens, dots or commas (don't, e-mail, 3.000). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,:][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences: split at . ? ! and at line breaks (a greeting or sign-off line is a sentence of its own). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch reading ease (en) or Flesch–Douma (nl); higher is easier. */
  score: number;
}

/**
 * English: Flesch (1948) 206.835 − 1.015 × words/sentence − 84.6 × syllables/word.
 * Dutch: Douma (1960) 206.84 − 0.93 × words/sentence − 77 × syllables/word.
 */
export function readability(text: string, lang: ReplyLang): Readability {
  const ws = words(text);
  const ss = Math.max(1, sentences(text).length);
  const syl = ws.reduce((sum, w) => sum + countSyllables(w, lang), 0);
  const n = Math.max(1, ws.length);
  const score =
    lang === 'en' ? 206.835 - 1.015 * (n / ss) - 84.6 * (syl / n) : 206.84 - 0.93 * (n / ss) - 77 * (syl / n);
  return { words: ws.length, sentences: ss, syllables: syl, score: Math.round(score * 10) / 10 };
}
