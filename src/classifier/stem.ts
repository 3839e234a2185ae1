/**
 * Light suffix stripping for English and Dutch. The model needs "charges", "charged" and
 * "charging" to share a feature, not a linguist's stem; over-stemming is harmless here because the
 * same function runs at training and at analysis time.
 */
import type { Lang } from '../shared/types';

const EN_SUFFIXES = ['ingly', 'edly', 'ness', 'ment', 'ing', 'ies', 'ied', 'ers', 'est', 'ed', 'es', 'er', 'ly', 's'];
const NL_SUFFIXES = ['heden', 'heid', 'ingen', 'tjes', 'ing', 'lijk', 'jes', 'tje', 'den', 'ten', 'end', 'en', 'es', 'je', 'st', 'e', 's', 't'];

function strip(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
      let stem = word.slice(0, -suffix.length);
      // Undouble a final consonant: "stopp" → "stop", "kopp" → "kop".
      const n = stem.length;
      if (n > 3 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1]!)) stem = stem.slice(0, -1);
      return stem;
    }
  }
  return word;
}

/**
 * Dutch plurals whose stripped stem is another, loaded word: "helden" (heroes) would become "hel"
 * (hell) and weigh as abuse. Only such cases are listed; a general rule (no "-den" on short stems)
 * was measured and cost more than it saved.
 */
const NL_STEMS = new Map([['helden', 'held'], ['heldin', 'held'], ['heldinnen', 'held']]);

export function stem(word: string, lang: Lang): string {
  if (word.length <= 3 || word[0] === '#') return word;
  if (word.endsWith("'s")) word = word.slice(0, -2);
  return lang === 'nl' ? NL_STEMS.get(word) ?? strip(word, NL_SUFFIXES, 3) : strip(word, EN_SUFFIXES, 3);
}
