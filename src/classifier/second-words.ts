/**
 * What the second word of a lexicon phrase can begin with, read from its source: `(?:would|will)
 * you (?:take|accept)` needs "you" after its first word. The matcher runs a phrase's regex only
 * where the next word begins so (about 1 % of the tries match; the regex runs cost the most).
 * The answer is a set of literal prefixes of the second word; undefined whenever the source says
 * anything this reader does not model (a class, an escape, a lookaround, a repeat, a phrase of one
 * word, a first word that may be glued to the next): such phrases are always tried.
 */

/** A sequence of literal characters; META stands for anything not modelled, and ends what can be known. */
const META = '\u0000';
/** How much of the second word is read: a few letters rule out nearly all words, and keep the expansions few. */
const PREFIX_CHARS = 4;
/** Past this many distinct prefixes the source is too branchy to be worth it. */
const MAX_EXPANSIONS = 256;

const LITERAL = /[a-z0-9' ]/;
const QUANTIFIER = /[?*+{]/;

/** Thrown (one object, no stack to build) when the source says what this reader does not model. */
const UNKNOWN = { unknown: true };

/**
 * The source's strings, each cut after PREFIX_CHARS of its second word, at the space after it or
 * at its first META: enough to read two words.
 * Parsed by recursive descent over the dialect compileSource reads (folded text).
 */
function expansions(src: string): Set<string> {
  let i = 0;
  const done = (s: string): boolean => {
    if (s.endsWith(META)) return true;
    let j = s.indexOf(' ');
    if (j <= 0) return false;
    while (j < s.length && s.charCodeAt(j) === 32) j++;
    // The second word is read (a space after it), or PREFIX_CHARS of it are: enough to tell words apart.
    return j < s.length && (s.indexOf(' ', j) > 0 || s.length - j >= PREFIX_CHARS);
  };
  /**
   * At the top level only the second word counts once the first is known to be plain: "w" stands
   * for any first word, which keeps the strings few ("(?:can|could|will|would) you" is one).
   */
  const canon = (s: string): string => {
    const space = s.indexOf(' ');
    const meta = s.indexOf(META);
    if (space === 0 || (meta >= 0 && (space < 0 || meta < space))) throw UNKNOWN;
    return space < 0 ? s : 'w ' + s.slice(space).trimStart();
  };
  const join = (heads: Set<string>, tails: Set<string>, top: boolean): Set<string> => {
    const out = new Set<string>();
    for (const h of heads) {
      if (done(h)) { out.add(h); continue; }
      for (const t of tails) out.add(top ? canon(h + t) : h + t);
    }
    if (out.size > MAX_EXPANSIONS) throw UNKNOWN;
    return out;
  };
  /** Skips a quantifier after an item; returns which one it was. */
  const quantifier = (): string => {
    const q = src[i];
    if (q === '?' || q === '*' || q === '+') { i++; if (src[i] === '?') i++; return q; }
    if (q === '{') { while (i < src.length && src[i] !== '}') i++; i++; if (src[i] === '?') i++; return '{'; }
    return '';
  };
  // With `skip`, the source is only read past (every string before it is already done).
  function alt(skip: boolean, top: boolean): Set<string> {
    const out = new Set(seq(skip, top));
    while (src[i] === '|') { i++; for (const s of seq(skip, top)) out.add(s); }
    return out;
  }
  function seq(skip: boolean, top: boolean): Set<string> {
    let acc = new Set(['']);
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      if (!skip) { skip = true; for (const a of acc) if (!done(a)) { skip = false; break; } }
      let item: Set<string>;
      const c = src[i]!;
      if (c === '(') {
        const plain = src.startsWith('(?:', i);
        i += plain ? 3 : src[i + 1] === '?' ? (src[i + 2] === '<' ? 4 : 3) : 1;
        const inner = alt(skip, false);
        if (src[i] !== ')') throw UNKNOWN;
        i++;
        item = plain ? inner : new Set([META]);
      } else if (c === '\\') {
        i += 2;
        item = new Set([META]);
      } else if (c === '[') {
        i++;
        while (i < src.length && src[i] !== ']') { if (src[i] === '\\') i++; i++; }
        i++;
        item = new Set([META]);
      } else if (!LITERAL.test(c)) {
        i++;
        item = new Set([META]);
      } else {
        // A run of plain letters at once (its last one may carry a quantifier, so it stands alone).
        let j = i + 1;
        if (!QUANTIFIER.test(src[j] ?? '')) while (j < src.length && LITERAL.test(src[j]!) && !QUANTIFIER.test(src[j + 1] ?? '')) j++;
        item = new Set([src.slice(i, j)]);
        i = j;
      }
      const q = quantifier();
      if (skip) continue;
      if (q === '?') item.add('');
      else if (q !== '') item = new Set([META]);
      acc = join(acc, item, top);
    }
    return acc;
  }
  const out = alt(false, true);
  if (i !== src.length) throw UNKNOWN;
  return out;
}

/** Literal prefixes the phrase's second word must begin with, or undefined when that cannot be told. */
export function secondWordPrefixes(src: string): string[] | undefined {
  let all: Set<string>;
  try { all = expansions(src); } catch (e) { if (e === UNKNOWN) return undefined; throw e; }
  const out = new Set<string>();
  for (const s of all) {
    const space = s.indexOf(' ');
    // The first word must be plain letters followed by a space, so the matcher can find where it ends.
    if (space <= 0 || s.slice(0, space).includes(META)) return undefined;
    let j = space;
    while (s[j] === ' ') j++;
    let k = j;
    while (k < s.length && s[k] !== ' ' && s[k] !== META) k++;
    if (k === j || s[j] === "'") return undefined;
    out.add(s.slice(j, k));
  }
  // A prefix that starts another makes the other redundant.
  const list = [...out].filter((p) => ![...out].some((o) => o !== p && p.startsWith(o)));
  return list.length > 0 ? list : undefined;
}
