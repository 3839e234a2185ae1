/**
 * The words a lexicon phrase can start with, read from its source: `(?:would|will) you take` can
 * only start at "would" or "will". The matcher tries a phrase only where the text has one of
 * those words, instead of scanning the whole text with every phrase. Returns undefined when the
 * start cannot be told (a digit, a character class, a word with an optional letter): such phrases
 * are scanned the ordinary way.
 */

interface Result { words: Set<string> | undefined; nullable: boolean }

const WORD_CHAR = /[a-z0-9'éëïöüèàç-]/;

export function firstWords(src: string): Set<string> | undefined {
  let i = 0;
  const unknown = (): Result => ({ words: undefined, nullable: false });

  function parseAlt(): Result {
    const parts: Result[] = [parseSeq()];
    while (src[i] === '|') { i++; parts.push(parseSeq()); }
    let words: Set<string> | undefined = new Set();
    let nullable = false;
    for (const p of parts) {
      if (!p.words) words = undefined;
      else if (words) for (const w of p.words) words.add(w);
      nullable ||= p.nullable;
    }
    return { words, nullable };
  }

  function parseSeq(): Result {
    let words: Set<string> | undefined = new Set();
    let settled = false; // the first word is known once a non-nullable item is seen
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let item: Result;
      if (src.startsWith('(?!', i) || src.startsWith('(?=', i)) {
        // A lookahead reads ahead without taking words: it neither starts the phrase nor ends the search.
        i += 3;
        parseAlt();
        if (src[i] !== ')') return skipRest(unknown());
        i++;
        continue;
      }
      if (src.startsWith('(?:', i)) {
        i += 3;
        item = parseAlt();
        if (src[i] !== ')') return skipRest(unknown());
        const spaceInside = src[i - 1] === ' ';
        i++;
        // A quantified group: "?", "*" and "{0,n}" may take nothing, "+" and "{m,n}" take the group.
        if (src[i] === '?' || src[i] === '*') { i++; item = { ...item, nullable: true }; }
        else if (src[i] === '+') i++;
        else if (src[i] === '{') {
          const close = src.indexOf('}', i);
          if (close < 0 || !/^\{\d+(?:,\d*)?\}$/.test(src.slice(i, close + 1))) return skipRest(unknown());
          if (src[i + 1] === '0') item = { ...item, nullable: true };
          i = close + 1;
        }
        if (src[i] === '?') i++; // lazy
        // A group glued to letters ("agenc(?:y|ies)") is not a whole word.
        if (!spaceInside && src[i] !== undefined && WORD_CHAR.test(src[i]!)) item = unknown();
      } else if (src[i] === ' ') {
        i++;
        if (src[i] === '?') i++;
        continue;
      } else {
        let word = '';
        while (i < src.length && WORD_CHAR.test(src[i]!)) word += src[i++];
        const isEnd = (c: string | undefined) => c === undefined || c === ' ' || c === '|' || c === ')';
        // "sorry,?": a comma after the word is no part of the word.
        if (word !== '' && src[i] === ',' && src[i + 1] === '?' && isEnd(src[i + 2])) i += 2;
        let next = src[i];
        if (word.length > 1 && next === '?' && isEnd(src[i + 1])) {
          // "charges?": the word with and without its last letter.
          i++;
          item = { words: new Set([word, word.slice(0, -1)]), nullable: false };
        } else if (word === '' || !isEnd(next) || /^[0-9]+[^0-9]/.test(word)) {
          // A metacharacter, an optional letter or a class, or a word that mixes digits and letters
          // ("1st"): the start is not a plain word.
          item = unknown();
          if (word === '') i++;
        } else if (/^[0-9]+$/.test(word)) {
          // The text's numbers are read as "#num" ("1 ster", "100 %" start there).
          item = { words: new Set(['#num']), nullable: false };
        } else {
          item = { words: new Set([word.split('-')[0]!]), nullable: false };
        }
        next = undefined;
      }
      if (!settled) {
        if (!item.words) words = undefined;
        else if (words) for (const w of item.words) words.add(w);
        if (!item.nullable) settled = true;
      }
    }
    return { words, nullable: !settled };
  }

  function skipRest(r: Result): Result {
    i = src.length;
    return r;
  }

  const r = parseAlt();
  if (i !== src.length || r.nullable || !r.words || r.words.size === 0) return undefined;
  return r.words;
}
