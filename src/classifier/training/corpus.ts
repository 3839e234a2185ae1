/** Reading the project's labelled corpus (JSON Lines) from disk. Node only: training and evaluation. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_IDS, type FlagId } from '../../shared/types';

export interface Example {
  text: string;
  labels: FlagId[];
  lang: 'en' | 'nl';
  source: string;
}

const KNOWN = new Set<string>(FLAG_IDS);

/** Every *.jsonl file in `dir` (one language); a malformed line is an error naming file and line. */
export function readCorpusDir(dir: string, lang: 'en' | 'nl'): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let row: { text?: unknown; labels?: unknown };
      try { row = JSON.parse(line); } catch { throw new Error(`${file}:${i + 1}: not JSON`); }
      if (typeof row.text !== 'string' || !Array.isArray(row.labels)) throw new Error(`${file}:${i + 1}: needs text and labels`);
      const labels = row.labels.filter((l): l is FlagId => typeof l === 'string' && KNOWN.has(l));
      if (labels.length !== row.labels.length) throw new Error(`${file}:${i + 1}: unknown label`);
      out.push({ text: row.text, labels, lang, source: file });
    });
  }
  return out;
}
