/**
 * The command line as a user runs it: `npm run analyze` and `npm run eval` start `tsx` on the
 * scripts in src/cli, so these tests start the same scripts in a child process and read what
 * they print.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[], input?: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(TSX, [join(ROOT, 'src', 'cli', script), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const dir = mkdtempSync(join(tmpdir(), 'kalm-cli-'));
const REFUND = 'Dear Sam,\n\nThe logo is not what we asked for. I want my money back by Friday, or I will post a 1-star review everywhere.\n\nRegards, Eva';
const REFUND_FILE = join(dir, 'refund.txt');
writeFileSync(REFUND_FILE, REFUND);

describe('npm run analyze', () => {
  test('reads a file and prints the language, the temperature and each flag with its quoted words', () => {
    const { stdout, status } = run('analyze.ts', [REFUND_FILE]);
    expect(status).toBe(0);
    expect(stdout).toContain('Language: English');
    expect(stdout).toMatch(/Temperature: \d+\/100/);
    expect(stdout).toMatch(/refund_demand \(high, score (?:0\.\d\d|1\.00)\)\n\s+"want my money back"/);
  });

  test('--json prints one object whose evidence ranges point at the quoted words', () => {
    const { stdout, status } = run('analyze.ts', [REFUND_FILE, '--json']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { lang: string; temperature: number; flags: { id: string; evidence: { start: number; end: number; text: string }[] }[] };
    expect(result.lang).toBe('en');
    expect(result.temperature).toBeGreaterThan(0);
    const ids = result.flags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['refund_demand', 'threat']));
    for (const f of result.flags) for (const e of f.evidence) expect(REFUND.slice(e.start, e.end)).toBe(e.text);
  });

  test('--jsonl answers every line in order; a bad line gets an error on its own line and the run goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Jij bent een oplichter en een prutser.' }),
      '{ not json',
      JSON.stringify({ id: 'c', body: 'no text field' }),
      JSON.stringify({ id: 'd', text: 'Thanks, the invoice is paid. See you next week!' }),
    ];
    const { stdout, status } = run('analyze.ts', ['--jsonl', '-'], lines.join('\n') + '\n');
    expect(status).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; lang?: string; labels?: string[]; error?: string });
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'a', lang: 'nl' });
    expect(out[0]!.labels).toContain('abusive_language');
    expect(out[1]!.error).toBeTruthy();
    expect(out[2]).toMatchObject({ id: 'c' });
    expect(out[2]!.error).toBeTruthy();
    expect(out[3]).toMatchObject({ id: 'd', labels: [] });
  });
});

describe('npm run eval', () => {
  const file = join(dir, 'labelled.jsonl');
  writeFileSync(file, [
    { text: 'I want a full refund, the work was useless.', lang: 'en', labels: ['refund_demand'] },
    { text: 'Ik wil mijn geld terug, en wel vandaag nog.', lang: 'nl', labels: ['refund_demand'] },
    { text: 'Our refund policy is attached for your records.', lang: 'en', labels: [] },
    { text: 'Bedankt voor de snelle levering, alles is in orde.', lang: 'nl', labels: [] },
  ].map((r) => JSON.stringify(r)).join('\n'));

  test('prints precision, recall and F1 per flag, macro-F1 and the false-alarm rate, per language', () => {
    const { stdout, status } = run('eval.ts', [file, '--min-support', '1']);
    expect(status).toBe(0);
    for (const heading of ['all:', 'en:', 'nl:']) expect(stdout).toContain(heading);
    expect(stdout).toMatch(/refund_demand\s+2\s+100\.0\s+100\.0\s+100\.0/);
    expect(stdout).toMatch(/false alarms on unlabelled lines: 0\/2/);
  });

  test('--json gives the same figures as data, and --sensitivity is read', () => {
    const normal = JSON.parse(run('eval.ts', [file, '--json', '--min-support', '1']).stdout) as { all: { macroF1: number; falseAlarmRate: number } };
    expect(normal.all.macroF1).toBe(1);
    expect(normal.all.falseAlarmRate).toBe(0);
    const bad = run('eval.ts', [file, '--sensitivity', 'extreme']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--sensitivity');
  });
});
