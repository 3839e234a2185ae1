/**
 * The typo reader must never turn a real word into another: "bepaling" into "betaling", "streven"
 * into "sterven", "relate" into "rebate", "kosten" into "kotsen". Every word of Debian's Dutch and
 * American word lists (packages wdutch and wamerican; .ci/run installs them) is read; a word may
 * only come out as a spelling or form of the same word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { correctTypo } from '../../../src/classifier/typos';

/** Read as another word on purpose: an old spelling, another form, the same meaning. */
const SAME_WORD: Record<string, string> = {
  advokaat: 'advocaat', afslachtten: 'afslachten', gehandicapter: 'gehandicapten', immigrantes: 'immigranten',
  onwetens: 'onwetend', stierven: 'sterven', uitroeiden: 'uitroeien', verdomd: 'verdoemd', verdronken: 'verdrinken',
  vermoordden: 'vermoorden', walglijk: 'walgelijk', walglijke: 'walgelijke', weekeind: 'weekend',
  guarantied: 'guaranteed', responsibly: 'responsible', unacceptably: 'unacceptable',
};

const LISTS = [['nl', '/usr/share/dict/dutch'], ['en', '/usr/share/dict/american-english']] as const;

describe.each(LISTS)('every %s word in %s', (lang, file) => {
  test.runIf(existsSync(file))('is read as itself, a form of itself, or the same word', () => {
    const words = new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^[a-z]+$/.test(w)));
    expect(words.size).toBeGreaterThan(50_000);
    const misread: string[] = [];
    for (const w of words) {
      const read = correctTypo(w, lang);
      if (read && read !== w && !w.startsWith(read) && !read.startsWith(w) && SAME_WORD[w] !== read) misread.push(`${w} → ${read}`);
    }
    expect(misread).toEqual([]);
  });
});
