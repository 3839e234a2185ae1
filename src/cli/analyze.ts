/**
 * `npm run analyze -- FILE|-` : language, temperature, each flag with its score and the words
 * that show it (and Kalm's suggested replies).
 *   --json                one JSON object
 *   --jsonl FILE|-        batch: one {"id","text"} per line in, one result per line out, in order;
 *                         a bad line gives {"id","error"} and the run goes on
 *   --replies             in --jsonl mode, add the replies to each line
 *   --tone warm|firm|part print only that reply
 *   --settings FILE.json  the user's settings (a bad file is an error naming the field)
 *   --sensitivity low|normal|high
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../classifier/index';
import type { Analysis } from '../shared/types';
import { stripReply } from '../shared/strip-reply';
import { readEmail } from './read-input';
import { readSensitivity, SENSITIVITY_ERROR } from './sensitivity';
import { loadReplies, type ReplyTone, type CliReplies } from './replies';

const USAGE = 'usage: npm run analyze -- FILE|- [--json] [--tone warm|firm|part] [--settings FILE.json] [--sensitivity low|normal|high]\n' +
  '       npm run analyze -- --jsonl FILE|- [--replies] [--settings FILE.json]';

function fail(message: string, code = 2): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

const args = process.argv.slice(2);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined) fail(`${name} needs a value\n${USAGE}`);
  return v;
};
const VALUE_OPTIONS = new Set(['--jsonl', '--tone', '--settings', '--sensitivity']);
const positional = args.filter((a, i) => !(a.startsWith('--') && a !== '-') && !VALUE_OPTIONS.has(args[i - 1] ?? ''));
if (args.includes('--help') || args.includes('-h')) { console.log(USAGE); process.exit(0); }

const tone = valueOf('--tone') as ReplyTone | undefined;
if (tone && !['warm', 'firm', 'part'].includes(tone)) fail(`--tone must be warm, firm or part\n${USAGE}`);
const sensitivity = readSensitivity(valueOf('--sensitivity')) ?? fail(SENSITIVITY_ERROR);

function readSource(name: string): string {
  try {
    return name === '-' ? readFileSync(0, 'utf8') : readFileSync(name, 'utf8');
  } catch (e) {
    return fail(`cannot read ${name}: ${(e as Error).message}`, 1);
  }
}

const settingsFile = valueOf('--settings');
const replies: CliReplies = loadReplies(settingsFile ? readSource(settingsFile) : undefined, settingsFile ?? '', fail);

function publicFlags(a: Analysis) {
  return a.flags.map((f) => ({ id: f.id, score: f.score, evidence: f.evidence }));
}

const jsonlSource = valueOf('--jsonl');
if (jsonlSource !== undefined) {
  const withReplies = args.includes('--replies');
  const lines = readSource(jsonlSource).split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  lines.forEach((line, i) => {
    let id: unknown = i + 1;
    try {
      const row = JSON.parse(line) as unknown;
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('line is not a JSON object');
      const r = row as { id?: unknown; text?: unknown };
      if (r.id !== undefined) id = r.id;
      if (typeof r.text !== 'string') throw new Error('"text" must be a string');
      const a = analyze(r.text, { sensitivity });
      const result: Record<string, unknown> = {
        id, lang: a.lang, labels: a.flags.map((f) => f.id), flags: publicFlags(a), temperature: a.temperature,
      };
      if (a.truncated) result.truncated = true;
      if (withReplies) result.replies = replies.compose(a, {});
      out.push(JSON.stringify(result));
    } catch (e) {
      out.push(JSON.stringify({ id, error: e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message }));
    }
  });
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
  process.exit(0);
}

if (positional.length !== 1) fail(USAGE);
const file = positional[0]!;
const email = readEmail(file, readSource(file));
const a = analyze(email.html ? email.text : stripReply(email.text), { html: email.html, sensitivity });
const context = { senderName: email.senderName, subject: email.subject };
let suggested = replies.compose(a, context);
if (tone) suggested = suggested.filter((r) => r.tone === tone);

if (args.includes('--json')) {
  const result: Record<string, unknown> = {
    lang: a.lang, temperature: a.temperature, truncated: a.truncated, labels: a.flags.map((f) => f.id), flags: publicFlags(a),
    replies: suggested,
  };
  if (a.junk) result.junk = a.junk;
  console.log(JSON.stringify(result, null, 2));
} else {
  const LANG_NAME = { en: 'English', nl: 'Dutch', other: 'not English or Dutch (not analysed)' } as const;
  const out: string[] = [`Language: ${LANG_NAME[a.lang]}`, `Temperature: ${a.temperature}/100`];
  if (a.truncated) out.push('Note: the email was long; only its first 100,000 characters were read.');
  if (a.junk) out.push(`Nothing to analyse (${a.junk}).`);
  else if (a.flags.length === 0) out.push('No demanding patterns found: nothing to watch out for.');
  for (const f of a.flags) {
    out.push(`\n${f.id} (${f.severity}, score ${f.score.toFixed(2)})`);
    for (const e of f.evidence) out.push(`  "${e.text.replace(/\s+/g, ' ')}"  [${e.start}–${e.end}]`);
  }
  for (const r of suggested) out.push(`\n--- Suggested reply (${r.tone}, ${r.lang}) ---\n${r.text}`);
  console.log(out.join('\n'));
}
