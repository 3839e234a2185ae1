/**
 * A small in-memory stand-in for webextension-polyfill's `browser`: runtime messaging with real
 * sender objects, tabs, i18n from public/_locales/en, action titles. Enough to run Kalm's glue
 * code in Node; the real thing is exercised by the end-to-end tests in Chromium.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Runtime, Tabs } from 'webextension-polyfill';

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const en = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, LocaleEntry>;

/** chrome.i18n.getMessage's substitution: $NAME$ → placeholder content → $1…$9 → substitutions. */
export function formatMessage(key: string, substitutions?: string | string[]): string {
  const entry = en[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : '';
  });
}

export const EXTENSION_ID = 'kalmtestextensionid';
export const EXTENSION_URL = `chrome-extension://${EXTENSION_ID}/`;

export function createFakeBrowser() {
  const listeners = new Set<Listener>();
  const titles = new Map<number, string>();
  let tabs: Tabs.Tab[] = [];
  /** Messages to tabs go to this function (the "content script"), if set. */
  let tabReceiver: ((tabId: number, message: unknown) => Promise<unknown>) | undefined;

  async function deliver(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
    const answers = [...listeners].map((listener) => listener(message, sender)).filter((a) => a !== undefined);
    if (answers.length === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answers[0];
  }

  const browser = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path: string) => `${EXTENSION_URL}${path.replace(/^\//, '')}`,
      getManifest: () => ({ version: '0.1.0' }),
      onMessage: {
        addListener: (listener: Listener) => void listeners.add(listener),
        removeListener: (listener: Listener) => void listeners.delete(listener),
        hasListener: (listener: Listener) => listeners.has(listener),
      },
      /** Sent from an extension page (the popup) unless `sender` says otherwise. */
      sendMessage: (message: unknown) => deliver(message, { id: EXTENSION_ID, url: `${EXTENSION_URL}src/popup/index.html` }),
    },
    tabs: {
      query: async (info: { url?: string; active?: boolean }) =>
        tabs.filter((tab) => (info.active === undefined || tab.active === info.active) && (!info.url || (tab.url ?? '').startsWith(info.url.replace('*', '')))),
      sendMessage: async (tabId: number, message: unknown) => {
        if (!tabReceiver) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tabReceiver(tabId, message);
      },
    },
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) => formatMessage(key, substitutions),
      getUILanguage: () => 'en',
    },
    action: {
      setTitle: async ({ tabId, title }: { tabId?: number; title: string | null }) => {
        if (tabId !== undefined) titles.set(tabId, title ?? '');
      },
    },
  };

  return {
    browser,
    /** Deliver `message` to this context's listeners as if sent by `sender`. */
    deliver,
    listenerCount: () => listeners.size,
    titles,
    setTabs: (next: Tabs.Tab[]) => void (tabs = next),
    setTabReceiver: (receiver: typeof tabReceiver) => void (tabReceiver = receiver),
    reset() {
      listeners.clear();
      titles.clear();
      tabs = [];
      tabReceiver = undefined;
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** A sender as Chrome describes this extension's content script in a Gmail tab. */
export function gmailSender(tabId = 7, url = 'https://mail.google.com/mail/u/0/#inbox'): Runtime.MessageSender {
  return { id: EXTENSION_ID, url, tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
}

/** A sender as Chrome describes the popup (here opened in a tab, as in the end-to-end tests). */
export function popupSender(inTab = false): Runtime.MessageSender {
  const url = `${EXTENSION_URL}src/popup/index.html`;
  return inTab
    ? { id: EXTENSION_ID, url, tab: { id: 99, url, index: 1, highlighted: false, active: true, pinned: false, incognito: false } }
    : { id: EXTENSION_ID, url };
}
