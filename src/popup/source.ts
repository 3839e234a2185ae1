/**
 * Everything the popup asks of the browser, behind one interface (`PopupSource`) so its
 * components are tested without a browser:
 * - the open email and its analysis, from the content script of the chosen Gmail tab;
 * - text the user selected in Gmail ("Analyse with Kalm"), left by the background in storage;
 * - analysis of pasted text (the background holds the classifier, so the popup stays small);
 * - inserting a reply into that tab's reply box; the user's settings.
 */
import browser from 'webextension-polyfill';
import type { ReadEmailResult } from '../shared/email';
import { GMAIL_MATCH_PATTERN } from '../shared/gmail-url';
import { handleMessages, sendToExtension, sendToTab, type InsertReplyResult } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import type { Analysis } from '../shared/types';
import { chooseGmailTab, isSelectionSource, requestedTabId } from './gmail-tab';

export type PopupState =
  | { kind: 'loading' }
  /** No Gmail tab is open. */
  | { kind: 'no-gmail-tab' }
  /** The Gmail tab does not answer: it was opened before Kalm was installed or updated. */
  | { kind: 'not-connected' }
  /** The Gmail tab answered. `analysis` is missing when the email was not read, or could not be analysed. */
  | { kind: 'read'; result: ReadEmailResult; analysis?: Analysis }
  /** Opened for text selected in Gmail; `analysis` is missing when it could not be analysed. */
  | { kind: 'selection'; text: string; analysis?: Analysis; canInsert: boolean }
  /** Opened for a selection that never arrived (or was already used). */
  | { kind: 'no-selection'; canInsert: boolean };

/** Insert's outcome as the popup sees it: the content script's answer, or why it never answered. */
export type InsertOutcome = InsertReplyResult | { ok: false; reason: 'not-connected' | 'no-tab' };

export interface PopupSource {
  /**
   * Start reading the email and the settings now, before anything is drawn: the next `load()` and
   * `loadSettings()` take these runs instead of starting their own.
   */
  prefetch(): void;
  load(): Promise<PopupState>;
  /** Calls `onChange` when the email in the tab may have changed; returns an unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  /** Analyse any text (pasted by the user) with the classifier in the background. */
  analyzeText(text: string): Promise<Analysis>;
  /** Put `text` into the Gmail tab's reply box, above anything already there. Never sends. */
  insertReply(text: string): Promise<InsertOutcome>;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  openOptions(): void;
}

/** Where the background leaves the text selected with "Analyse with Kalm". */
export const PENDING_SELECTION_KEY = 'pendingSelection';
/** A selection older than this is from an earlier click, not the one that opened this popup. */
export const SELECTION_MAX_AGE_MS = 10 * 60_000;
/** How long the popup waits for the Gmail tab to answer a read, in ms. */
const ANSWER_TIMEOUT_MS = 5000;
/** Inserting may have to open Gmail's reply box and wait for it (a few seconds at most). */
const INSERT_TIMEOUT_MS = 15_000;
/** The background writes the selection just before it opens the popup: look again a few times. */
const SELECTION_RETRIES_MS = [0, 150, 400, 1000];

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isReadEmailResult(value: unknown): value is ReadEmailResult {
  return isObject(value) && typeof value.ok === 'boolean';
}

/** Enough of an Analysis to render: anything else from another context is not trusted to be one. */
export function isAnalysis(value: unknown): value is Analysis {
  return isObject(value) && typeof value.text === 'string' && Array.isArray(value.flags) && typeof value.lang === 'string';
}

export function isInsertResult(value: unknown): value is InsertReplyResult {
  return isObject(value) && typeof value.ok === 'boolean';
}

type StorageArea = { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> };

/** storage.session where the browser has it (it is cleared when the browser closes), else storage.local. */
function selectionAreas(): StorageArea[] {
  const storage = browser.storage as unknown as { session?: StorageArea; local: StorageArea };
  return storage.session ? [storage.session, storage.local] : [storage.local];
}

/** Read and remove the pending selection; undefined when there is none (or only a stale one). */
export async function takePendingSelection(now = Date.now()): Promise<string | undefined> {
  for (const area of selectionAreas()) {
    let raw: unknown;
    try {
      raw = (await area.get(PENDING_SELECTION_KEY))[PENDING_SELECTION_KEY];
    } catch {
      continue;
    }
    if (raw === undefined) continue;
    await area.remove(PENDING_SELECTION_KEY).catch(() => {});
    if (!isObject(raw) || typeof raw.text !== 'string' || raw.text.trim() === '') continue;
    const at = typeof raw.at === 'number' ? raw.at : 0;
    if (now - at > SELECTION_MAX_AGE_MS || at > now + 60_000) continue;
    return raw.text;
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createPopupSource(search: string): PopupSource {
  const requested = requestedTabId(search);
  const forSelection = isSelectionSource(search);
  let tabId: number | undefined;
  /** A selection is taken once: later loads show the same one. */
  let selectionState: Promise<PopupState> | undefined;

  async function findTab(): Promise<number | undefined> {
    const [[activeTab], gmailTabs] = await Promise.all([
      browser.tabs.query({ active: true, currentWindow: true }),
      browser.tabs.query({ url: GMAIL_MATCH_PATTERN }),
    ]);
    tabId = chooseGmailTab(gmailTabs, { requestedTabId: requested, activeTab })?.id;
    return tabId;
  }

  async function analyzeText(text: string): Promise<Analysis> {
    const analysis: unknown = await withTimeout(sendToExtension('analyzeText', { text }), ANSWER_TIMEOUT_MS);
    if (!isAnalysis(analysis)) throw new Error('no analysis');
    return analysis;
  }

  async function loadSelection(): Promise<PopupState> {
    const tab = await findTab().catch(() => undefined);
    const canInsert = tab !== undefined;
    let text: string | undefined;
    for (const wait of SELECTION_RETRIES_MS) {
      await sleep(wait);
      text = await takePendingSelection();
      if (text !== undefined) break;
    }
    if (text === undefined) return { kind: 'no-selection', canInsert };
    const analysis = await analyzeText(text).catch(() => undefined);
    return { kind: 'selection', text, analysis, canInsert };
  }

  /** The Gmail tab's answer to getAnalysis; undefined when it does not answer in time. */
  function askTab(id: number): Promise<unknown> {
    return withTimeout(sendToTab(id, 'getAnalysis'), ANSWER_TIMEOUT_MS).catch(() => undefined);
  }

  /**
   * The open email and its analysis; falls back to reading and analysing here when the tab only
   * reads. `asked`: the tab's answer when it was asked already.
   */
  async function loadEmail(id: number, asked?: Promise<unknown>): Promise<PopupState> {
    const answer = await (asked ?? askTab(id));
    let result: ReadEmailResult | undefined;
    let analysis: Analysis | undefined;
    if (isObject(answer) && isReadEmailResult(answer.email)) {
      result = answer.email;
      if (isAnalysis(answer.analysis)) analysis = answer.analysis;
    } else {
      try {
        const read: unknown = await withTimeout(sendToTab(id, 'getEmail'), ANSWER_TIMEOUT_MS);
        if (isReadEmailResult(read)) result = read;
      } catch {
        result = undefined;
      }
    }
    if (!result) return { kind: 'not-connected' };
    if (result.ok && !analysis) analysis = await analyzeText(result.body).catch(() => undefined);
    return { kind: 'read', result, analysis };
  }

  async function loadState(): Promise<PopupState> {
    if (forSelection) return (selectionState ??= loadSelection());
    // Given a tab (?tab=<id>: a popup window opened for it), ask it at once, while checking it is
    // a Gmail tab: one round trip instead of two. Only Kalm's content script answers, and only
    // on Gmail; an answer from a tab that is not the chosen one is not used.
    const early = requested === undefined ? undefined : askTab(requested);
    const id = await findTab();
    if (id === undefined) return { kind: 'no-gmail-tab' };
    return loadEmail(id, id === requested ? early : undefined);
  }

  /** Runs started by prefetch(), each taken once. */
  let prefetched: { state?: Promise<PopupState>; settings?: Promise<Settings> } = {};
  const quiet = <T>(promise: Promise<T>) => {
    // Whoever takes it handles a failure; until then it must not count as unhandled.
    promise.catch(() => {});
    return promise;
  };

  return {
    prefetch() {
      prefetched = { state: quiet(loadState()), settings: quiet(loadSettings()) };
    },
    load() {
      const early = prefetched.state;
      prefetched.state = undefined;
      return early ?? loadState();
    },
    subscribe(onChange) {
      if (forSelection) return () => {};
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
    analyzeText,
    async insertReply(text) {
      if (tabId === undefined) return { ok: false, reason: 'no-tab' };
      try {
        const result: unknown = await withTimeout(sendToTab(tabId, 'insertReply', { text }), INSERT_TIMEOUT_MS);
        return isInsertResult(result) ? result : { ok: false, reason: 'not-connected' };
      } catch (error) {
        return error instanceof Error && error.message === 'timeout' ? { ok: false, reason: 'timeout' } : { ok: false, reason: 'not-connected' };
      }
    },
    loadSettings() {
      const early = prefetched.settings;
      prefetched.settings = undefined;
      return early ?? loadSettings();
    },
    onSettingsChanged,
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}
