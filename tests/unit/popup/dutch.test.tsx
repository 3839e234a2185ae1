// @vitest-environment happy-dom
/**
 * With a Dutch browser, the popup and the settings page speak Dutch: every string goes through
 * _locales (none is written into the components), while replies follow the email's language.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { OptionsStore } from '../../../src/options/App';
import type { InsertOutcome, PopupSource, PopupState } from '../../../src/popup/source';
import { repairSettings } from '../../../src/shared/settings';
import { createFakeBrowser } from '../helpers/fake-browser';
import { DEMANDING, EMAIL } from './samples';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, Entry>;
const nl = locale('nl');
const en = locale('en');

vi.mock('webextension-polyfill', () => {
  const fake = createFakeBrowser().browser;
  const messages = JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../public/_locales/nl/messages.json'), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const getMessage = (key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_n, d: string) => list[Number(d) - 1] ?? ''),
    );
  };
  return { default: { ...fake, i18n: { getMessage, getUILanguage: () => 'nl' } } };
});
const { App: Popup } = await import('../../../src/popup/App');
const { App: Options } = await import('../../../src/options/App');

afterEach(cleanup);

function popupSource(state: PopupState): PopupSource {
  return {
    prefetch: () => {},
    load: async () => state,
    subscribe: () => () => {},
    analyzeText: async () => DEMANDING,
    insertReply: async (): Promise<InsertOutcome> => ({ ok: true }),
    loadSettings: async () => repairSettings({}),
    onSettingsChanged: () => () => {},
    openOptions: () => {},
  };
}

/** English UI sentences of ours (not names like "Kalm" or "Warm", which are the same in Dutch). */
function englishLeaks(text: string): string[] {
  return Object.entries(en)
    .filter(([key, e]) => /^(popup|options)/.test(key) && e.message.length > 12 && !e.message.includes('$') && nl[key]?.message !== e.message)
    .map(([, e]) => e.message)
    .filter((message) => text.includes(message));
}

describe('a Dutch browser', () => {
  test('the popup is in Dutch; the reply to an English email is in English', async () => {
    render(<Popup source={popupSource({ kind: 'read', result: EMAIL, analysis: DEMANDING })} />);
    await waitFor(() => screen.getByTestId('reply-text'));
    expect(screen.getByTestId('insert').textContent).toBe('Invoegen in Gmail');
    expect(screen.getByTestId('tone-part').textContent).toBe('Afscheid');
    expect(screen.getAllByTestId('flag')[0]!.textContent).toContain('Vraagt korting');
    expect(screen.getByTestId<HTMLTextAreaElement>('reply-text').value).toMatch(/^(Hi|Dear|Hello) Alex/);
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toBe('Ingevoegd — lees het na voor je verstuurt'));
    expect(englishLeaks(document.body.textContent ?? '')).toEqual([]);
  });

  test('the paste box is in Dutch', async () => {
    render(<Popup source={popupSource({ kind: 'no-gmail-tab' })} />);
    await waitFor(() => screen.getByTestId('paste-text'));
    expect(screen.getByTestId('analyse').textContent).toBe('Analyseren');
    expect(englishLeaks(document.body.textContent ?? '')).toEqual([]);
  });

  test('the settings page is in Dutch, errors too, and its example is Dutch', async () => {
    const store: OptionsStore = { load: async () => ({ settings: repairSettings({}) }), save: async () => 'sync' };
    render(<Options store={store} version="0.1.0" uiLanguage="nl" />);
    await waitFor(() => screen.getByTestId('settings-form'));
    fireEvent.input(screen.getByTestId('field-hourlyRate'), { target: { value: 'veel' } });
    fireEvent.blur(screen.getByTestId('field-hourlyRate'));
    expect(screen.getByTestId('error-hourlyRate').textContent).toContain('Vul een bedrag in');
    expect(screen.getByTestId('save').textContent).toBe('Opslaan');
    expect(screen.getByTestId('preview-email').textContent).toContain('te duur');
    expect(englishLeaks(document.body.textContent ?? '')).toEqual([]);
  });
});
