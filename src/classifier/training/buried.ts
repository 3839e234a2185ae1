/**
 * Long mail for evaluation: each labelled line hidden among ordinary messages of its language, as
 * a demand sits in a real email between a greeting, news and questions. A long email offers many
 * windows, so it is where a classifier both misses most and raises most false alarms; short test
 * lines alone do not show that.
 */
import { seededRandom } from './seeded-random';

export interface Buryable {
  text: string;
  lang: string;
}

/** How many ordinary messages surround each line. */
export const BURIED_AMONG = 8;

/**
 * Each row's text placed at a random position among `among` filler texts of the same language
 * (never itself), as paragraphs. Deterministic for a seed. Rows of a language without fillers
 * are returned unchanged.
 */
export function buryAmong<T extends Buryable>(rows: readonly T[], fillers: readonly Buryable[], among = BURIED_AMONG, seed = 1): T[] {
  const random = seededRandom(seed);
  const byLang = new Map<string, string[]>();
  for (const f of fillers) {
    const list = byLang.get(f.lang);
    if (list) list.push(f.text); else byLang.set(f.lang, [f.text]);
  }
  return rows.map((row) => {
    const pool = (byLang.get(row.lang) ?? []).filter((t) => t !== row.text);
    if (pool.length === 0) return row;
    const parts: string[] = [];
    for (let i = 0; i < among; i++) parts.push(pool[Math.floor(random() * pool.length)]!);
    parts.splice(Math.floor(random() * (among + 1)), 0, row.text);
    return { ...row, text: parts.join('\n\n') };
  });
}
