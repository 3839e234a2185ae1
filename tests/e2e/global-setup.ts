/**
 * Before the end-to-end tests: Chromium must be there, and dist/ must be built from the current
 * sources (`npm test` builds first; `npm run test:e2e` alone rebuilds when dist/ is stale).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, DIST, ROOT } from './harness';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set KALM_CHROMIUM.`);
  }
  const builtManifest = join(DIST, 'manifest.json');
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package-lock.json'].map((p) => join(ROOT, p));
  const built = existsSync(builtManifest) ? statSync(builtManifest).mtimeMs : 0;
  const loader = join(DIST, 'service-worker-loader.js');
  const isDevBuild = existsSync(loader) && readFileSync(loader, 'utf8').includes('localhost');
  if (isDevBuild || built < Math.max(...sources.filter(existsSync).map(newestMtime))) {
    console.log('[e2e] dist/ is missing, a dev build or older than the sources: building it (vite build)');
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
}
