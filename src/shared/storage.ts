/**
 * The user's settings in browser storage: `storage.sync` so they follow the user between
 * browsers, `storage.local` when sync is unavailable (disabled by policy, or Firefox without an
 * account). Whatever is stored is migrated and repaired on load, so a corrupt value never breaks
 * the popup, the options page or the content script.
 */
import browser from 'webextension-polyfill';
import { repairSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

type Area = 'sync' | 'local';

async function readFrom(area: Area): Promise<unknown> {
  const got = await browser.storage[area].get(SETTINGS_KEY);
  return got[SETTINGS_KEY];
}

/** The stored settings, repaired; the defaults when nothing (or nothing readable) is stored. */
export async function loadSettings(): Promise<Settings> {
  // Both areas at once (one round trip, not two when nothing is synced); sync wins.
  const [synced, local] = await Promise.all([readFrom('sync').catch(() => undefined), readFrom('local').catch(() => undefined)]);
  return repairSettings(synced ?? local ?? {});
}

/** Save repaired settings; returns where they went. */
export async function saveSettings(settings: Settings): Promise<Area> {
  const value = { [SETTINGS_KEY]: repairSettings(settings) };
  try {
    await browser.storage.sync.set(value);
    return 'sync';
  } catch {
    await browser.storage.local.set(value);
    return 'local';
  }
}

/** Call `listener` with fresh, repaired settings whenever they change; returns the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>) => {
    if (SETTINGS_KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
