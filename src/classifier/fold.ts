/**
 * Case and accent folding that keeps every character where it was (one UTF-16 unit in, one out),
 * so matches on the folded text are character ranges in the original: the evidence.
 */

const ACCENTS: Record<string, string> = {};
// Latin-1 and Latin Extended-A letters fold to their base letter; ligatures and others stay.
for (let c = 0xc0; c <= 0x17f; c++) {
  const ch = String.fromCharCode(c).toLowerCase();
  const base = ch.normalize('NFD')[0]!;
  if (base !== ch && /[a-z]/.test(base)) ACCENTS[String.fromCharCode(c)] = base;
}
ACCENTS['’'] = "'";
ACCENTS['‘'] = "'";
ACCENTS['ʼ'] = "'";

const NEEDS_FOLD = /[\u00c0-\u017f’‘ʼ]/g;

export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters lower-case to two units (İ → i̇); fold those one by one.
    let out = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  return lower.replace(NEEDS_FOLD, (ch) => ACCENTS[ch] ?? ch);
}
