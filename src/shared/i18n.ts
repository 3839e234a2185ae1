/**
 * UI strings through the browser's i18n (public/_locales/{en,nl}/messages.json). Keys are typed
 * from the English file, so a missing or misspelt key fails the type check, and a unit test
 * (tests/unit/shared/locales.test.ts) checks that nl has exactly the keys and placeholders of en.
 */
import browser from 'webextension-polyfill';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The translated string for `key`, with `$1`… filled from `substitutions`; the key itself if missing. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The browser's UI language, e.g. `nl` or `en-US`, for `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
