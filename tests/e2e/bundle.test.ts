/**
 * The built extension, read as files: no code that talks to the network or evaluates strings,
 * and no address in it but Gmail's. (The browser-side checks are in the other e2e files.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
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
