/// <reference types="vitest/config" />
import './scripts/node20-compat.ts';
import { defineConfig, type PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

/** The Firefox add-on id; it must never change once published (it keys the user's storage). */
export const GECKO_ID = 'kalm@kalm-mail';

type Manifest = typeof baseManifest;

/**
 * Firefox's manifest, derived from the one source `manifest.json`: Firefox has no MV3 service
 * worker, so the background runs as a module script; it needs a gecko id, the data-collection
 * declaration (Kalm collects nothing) and Firefox 140, the first desktop version that knows that
 * key (Firefox for Android learned it in 142).
 */
export function firefoxManifest(manifest: Manifest) {
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * The dev server (`npm run dev`) needs to connect to localhost for hot reload; the built
 * extension keeps the strict policy from manifest.json.
 */
function withoutCsp<M extends { content_security_policy?: unknown }>(manifest: M) {
  const { content_security_policy: _dropped, ...rest } = manifest;
  return rest;
}

export default defineConfig(({ mode, command }) => {
  const isFirefox = mode === 'firefox';
  // vitest loads this config to run tests ("serve"); a build is always an extension build, even
  // when started from a test (tests/e2e/global-setup.ts).
  const isTest = command === 'serve' && process.env.VITEST !== undefined;

  const browserManifest = isFirefox ? firefoxManifest(baseManifest) : baseManifest;
  const manifest = (command === 'serve' ? withoutCsp(browserManifest) : browserManifest) as unknown as ManifestV3Export;

  const plugins: PluginOption[] = [preact()];
  if (!isTest) {
    plugins.push(
      crx({
        manifest,
        browser: isFirefox ? 'firefox' : 'chrome',
        // One self-contained file for Gmail: no loader, no web-accessible chunks that Gmail's
        // page could probe to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    );
  }

  return {
    plugins,
    build: {
      // The dev server writes a build that loads code from localhost: keep it apart from the real one.
      outDir: command === 'serve' ? 'dist-dev' : isFirefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: isFirefox ? 'firefox140' : 'chrome120',
      // Readable output helps store review and debugging; the size cost is small.
      minify: false,
      sourcemap: false,
      // Both browsers preload modules natively; vite's polyfill would only add a fetch() call.
      modulePreload: { polyfill: false },
    },
    // No remote code: nothing is fetched from a CDN at build or run time.
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            // Pure modules run in node; DOM and component tests opt into happy-dom with a
            // `// @vitest-environment happy-dom` comment at the top of the file.
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
