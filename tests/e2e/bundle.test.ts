/**
 * The built extension, read as files: no code that talks to the network or evaluates strings,
 * no address in it but Gmail's, and a content script small enough for every Gmail page. (The
 * browser-side checks are in the other e2e files.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, ROOT } from './harness';

const FIREFOX = join(ROOT, 'dist-firefox');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const NETWORK_OR_EVAL = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(\s*["'`]https?:/g;
/** Addresses that may appear as strings: Gmail itself, the account link Kalm reads, XML namespaces. */
const ALLOWED_ADDRESS = /^https?:\/\/(?:mail\.google\.com\/|accounts\.google\.com\/SignOutOptions|www\.w3\.org\/)/;
const STRING_ADDRESS = /["'`](https?:\/\/[^"'`\s]*)/g;

describe.each([
  ['Chrome', DIST],
  ['Firefox', FIREFOX],
])('the %s build', (_name, dir) => {
  beforeAll(() => {
    // `npm test` builds both first; when run alone, build Firefox here (global setup builds dist/).
    if (dir === FIREFOX) {
      try {
        readFileSync(join(FIREFOX, 'manifest.json'));
      } catch {
        execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'firefox', '--logLevel', 'warn'], { cwd: ROOT });
      }
    }
  });

  test('contains no network calls and no string evaluation', () => {
    const hits = files(dir)
      .filter((f) => /\.(m?js|html)$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(NETWORK_OR_EVAL)].map((m) => `${relative(dir, f)}: ${m[0]}`));
    expect(hits).toEqual([]);
  });

  test('names no address but Gmail\'s in its code', () => {
    const hits = files(dir)
      .filter((f) => /\.(m?js|html|json)$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(STRING_ADDRESS)].map((m) => [relative(dir, f), m[1]!] as const))
      .filter(([, address]) => !ALLOWED_ADDRESS.test(address));
    expect(hits).toEqual([]);
  });

  test('loads no script from outside the extension', () => {
    for (const f of files(dir).filter((file) => file.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src, relative(dir, f)).toMatch(/^\/(?!\/)/);
      expect(html, relative(dir, f)).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]+<\/script>/);
    }
  });
});

/** What the content script may weigh, minified (esbuild) + gzip -9: it is loaded into every Gmail page. */
const CONTENT_SCRIPT_BUDGET = 100 * 1024;

describe.each([
  ['Chrome', DIST],
  ['Firefox', FIREFOX],
])('the %s content script', (_name, dir) => {
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };

  test('is one file that loads nothing else, and holds no classifier (it runs in the background)', () => {
    for (const file of manifest().content_scripts.flatMap((c) => c.js)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/(?:^|[;\s}])import\s*(?:[^'"]*?\sfrom\s*)?["']|\bimport\s*\(/);
      expect(code, file).not.toMatch(/\/\/ src\/classifier\//);
    }
  });

  test(`weighs at most ${CONTENT_SCRIPT_BUDGET / 1024} KB minified and gzipped`, async () => {
    let total = 0;
    for (const file of manifest().content_scripts.flatMap((c) => c.js)) {
      const { code } = await transform(readFileSync(join(dir, file), 'utf8'), { loader: 'js', minify: true, format: 'iife' });
      total += gzipSync(code, { level: 9 }).length;
    }
    expect(total).toBeGreaterThan(1024);
    expect(total).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });
});
