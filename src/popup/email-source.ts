/**
 * Where the popup gets the open email from: the content script of the chosen Gmail tab. Kept
 * behind the `EmailSource` interface so the components are tested without a browser.
 */
import browser from 'webextension-polyfill';
import type { ReadEmailResult } from '../shared/email';
import { GMAIL_MATCH_PATTERN } from '../shared/gmail-url';
import { handleMessages, sendToTab } from '../shared/messages';
import { chooseGmailTab, requestedTabId } from './gmail-tab';

export type PopupState =
  | { kind: 'loading' }
  /** No Gmail tab is open. */
  | { kind: 'no-gmail-tab' }
  /** The Gmail tab does not answer: it was opened before Kalm was installed or updated. */
  | { kind: 'not-connected' }
  | { kind: 'read'; result: ReadEmailResult };

export interface EmailSource {
  load(): Promise<PopupState>;
  /** Calls `onChange` when the email in the tab may have changed; returns an unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

/** How long the popup waits for the Gmail tab before saying it cannot reach it, in ms. */
const ANSWER_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function isReadEmailResult(value: unknown): value is ReadEmailResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createEmailSource(search: string): EmailSource {
  const requested = requestedTabId(search);
  let tabId: number | undefined;

  return {
    async load() {
      const [activeTab] = await browser.tabs.query({ active: true, currentWindow: true });
      const gmailTabs = await browser.tabs.query({ url: GMAIL_MATCH_PATTERN });
      const tab = chooseGmailTab(gmailTabs, { requestedTabId: requested, activeTab });
      tabId = tab?.id;
      if (tabId === undefined) return { kind: 'no-gmail-tab' };
      try {
        const result: unknown = await withTimeout(sendToTab(tabId, 'getEmail'), ANSWER_TIMEOUT_MS);
        return isReadEmailResult(result) ? { kind: 'read', result } : { kind: 'not-connected' };
      } catch {
        return { kind: 'not-connected' };
      }
    },
    subscribe(onChange) {
      const controller = new AbortController();
      handleMessages(
        {
          emailRead: (_summary, sender) => {
            if (sender.tab?.id !== undefined && sender.tab.id === tabId) onChange();
          },
        },
        { signal: controller.signal },
      );
      return () => controller.abort();
    },
  };
}
