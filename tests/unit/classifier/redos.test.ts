/**
 * Email text is hostile input: no regular expression in Kalm may backtrack catastrophically.
 * Every regex literal in src/ (found with the TypeScript parser, so none is missed) and every
 * compiled lexicon phrase is checked with recheck. The exact automaton checker decides when it
 * can; the fuzzing checker decides the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';
import { describe, expect, test, afterAll } from 'vitest';
import { allPhraseRegexes } from '../../../src/classifier/03-match';

const SRC = join(__dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'corpus' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !name.includes('.generated.') ? [p] : [];
  });
}

function regexLiterals(file: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${relative(SRC, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

async function verdict(source: string, flags: string): Promise<string> {
  const exact = await check(source, flags, { checker: 'automaton', timeout: 10_000 });
  if (exact.status !== 'unknown') return exact.status;
  return (await check(source, flags, { timeout: 60_000 })).status;
}

const literals = sourceFiles(SRC).flatMap(regexLiterals);
const lexicon = (['en', 'nl'] as const).flatMap((lang) =>
  allPhraseRegexes(lang).map((p, i) => ({ source: p.re.source, flags: p.re.flags, where: `lexicon ${lang} ${p.flag} #${i}` })));

describe('no regular expression can backtrack catastrophically', () => {
  test('the scan finds the regexes of src/', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(lexicon.length).toBeGreaterThan(250);
  });
  test.each([...literals, ...lexicon].map((r) => [r.where, r] as const))('%s', async (_where, r) => {
    expect(await verdict(r.source, r.flags)).toBe('safe');
  }, 130_000);
});

afterAll(() => {
  // recheck keeps a native agent process; let vitest exit.
});
