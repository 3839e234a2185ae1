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
/** Past this many distinct prefixes the source is too branchy to be worth it. */
const MAX_EXPANSIONS = 256;

class Unknown extends Error {}

/**
 * The source's strings, each cut at its second space or first META: enough to read two words.
 * Parsed by recursive descent over the dialect compileSource reads (folded text).
 */
function expansions(src: string): Set<string> {
  let i = 0;
  const done = (s: string) => s.includes(META) || s.split(' ').filter(Boolean).length > 2;
  const join = (heads: Set<string>, tails: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const h of heads) {
      if (done(h)) { out.add(h); continue; }
      for (const t of tails) out.add(h + t);
    }
    if (out.size > MAX_EXPANSIONS) throw new Unknown();
    return out;
  };
  /** Skips a quantifier after an item; returns which one it was. */
  const quantifier = (): string => {
    const q = src[i];
    if (q === '?' || q === '*' || q === '+') { i++; if (src[i] === '?') i++; return q; }
    if (q === '{') { while (i < src.length && src[i] !== '}') i++; i++; if (src[i] === '?') i++; return '{'; }
    return '';
  };
  function alt(): Set<string> {
    const out = new Set(seq());
    while (src[i] === '|') { i++; for (const s of seq()) out.add(s); }
    return out;
  }
  function seq(): Set<string> {
    let acc = new Set(['']);
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let item: Set<string>;
      const c = src[i]!;
      if (c === '(') {
        const plain = src.startsWith('(?:', i);
        i += plain ? 3 : src[i + 1] === '?' ? (src[i + 2] === '<' ? 4 : 3) : 1;
        const inner = alt();
        if (src[i] !== ')') throw new Unknown();
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
      } else {
        i++;
        item = new Set([/[a-z0-9' ]/.test(c) ? c : META]);
      }
      const q = quantifier();
      if (q === '?') item.add('');
      else if (q !== '') item = new Set([META]);
      acc = join(acc, item);
    }
    return acc;
  }
  const out = alt();
  if (i !== src.length) throw new Unknown();
  return out;
}

/** Literal prefixes the phrase's second word must begin with, or undefined when that cannot be told. */
export function secondWordPrefixes(src: string): string[] | undefined {
  let all: Set<string>;
  try { all = expansions(src); } catch (e) { if (e instanceof Unknown) return undefined; throw e; }
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
