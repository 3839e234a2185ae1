/**
 * What is stored, as it is (before repair): the settings page reads it only to tell the user when
 * something could not be read and fell back to its default. Same order as `loadSettings`.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from '../shared/storage';

export async function readStoredSettings(): Promise<unknown> {
  for (const area of ['sync', 'local'] as const) {
    try {
      const got = await browser.storage[area].get(SETTINGS_KEY);
      if (got[SETTINGS_KEY] !== undefined) return got[SETTINGS_KEY];
    } catch {
      // This area is unavailable: try the next, as loadSettings does.
    }
  }
  return undefined;
}
