import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, firefoxManifest } from '../../../vite.config';

const root = new URL('../../../', import.meta.url);

describe('manifest.json', () => {
  test('asks for storage and the context menu only, and host access to Gmail only', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(['https://mail.google.com/*']);
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual(['https://mail.google.com/*']);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  test('extension pages may run only their own scripts and connect only to themselves', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  test('has a keyboard command that opens the popup', () => {
    expect(manifest.commands._execute_action.suggested_key.default).toMatch(/^(Alt|Ctrl)\+/);
  });

  test('every icon it names exists, in 16, 32, 48 and 128 pixels', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries(manifest.icons)) {
      const png = readFileSync(new URL(`public/${path}`, root));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16), `${path} width`).toBe(Number(size));
      expect(png.readUInt32BE(20), `${path} height`).toBe(Number(size));
    }
  });

  test('every page and script it names exists', () => {
    for (const path of [
      manifest.action.default_popup,
      manifest.options_ui.page,
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((c) => c.js),
    ]) {
      expect(existsSync(new URL(path, root)), path).toBe(true);
    }
  });
});

describe('the Firefox manifest derived from it', () => {
  const firefox = firefoxManifest(manifest);

  test('runs the background as a script, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  test('declares its id, Firefox 140+ and that it collects no data', () => {
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('keeps everything else from the one source', () => {
    const { background: _b, browser_specific_settings: _s, ...rest } = firefox;
    const { background: _cb, ...chromeRest } = manifest;
    expect(rest).toEqual(chromeRest);
  });
});
