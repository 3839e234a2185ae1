/**
 * The one message protocol between Kalm's contexts (popup, options, background, content script).
 *
 * `Protocol` maps each message name (named by intent) to its request and response types; `send*`
 * and `handleMessages` are typed by it, so the contexts agree through the type checker. Every
 * message also declares who may send it (`ALLOWED_SENDER`); the receiving side checks that before
 * running a handler, because a content script runs next to Gmail's page and an extension page
 * never answers anyone else.
 *
 * To add a message: add it to `Protocol` and `ALLOWED_SENDER`, then handle it where it belongs.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { EmailSummary, ReadEmailResult } from './email';
import type { Settings } from './settings';
import type { Analysis, FlagId } from './types';

/** What the content script knows of the open email: how it was read, and Kalm's analysis of it. */
export interface OpenEmailAnalysis {
  email: ReadEmailResult;
  /** Present when the email was read; analysed with the user's sensitivity and enabled flags. */
  analysis?: Analysis;
}

/** The outcome of putting a reply into Gmail's reply box. Never sends. */
export type InsertReplyResult =
  | { ok: true }
  | { ok: false; reason: 'no-thread' | 'no-reply-box' | 'timeout' | 'unexpected'; detail?: string };

/**
 * Text to analyse in the background, where the classifier lives (it is too big to load into every
 * Gmail page, and the popup stays small without it).
 */
export interface AnalyzeTextRequest {
  text: string;
  /**
   * `false`: plain text, never reparsed as HTML (the content script sends the reader's text, whose
   * evidence offsets must match the words on screen). Absent: detected (pasted text).
   */
  html?: false;
  /** The user's sensitivity; absent: the stored setting. (The content script has the settings already.) */
  sensitivity?: Settings['sensitivity'];
  /** The user's flag switches; absent: the stored setting. */
  enabled?: Partial<Record<FlagId, boolean>>;
}

/** Longest text sent for analysis: the classifier reads at most 100,000 characters anyway and marks the rest cut. */
export const MAX_ANALYZE_CHARS = 400_000;

/** How the popup was opened from the banner; `ok: false` when it could not be. */
export type OpenPopupResult = { ok: true; how: 'action' | 'window' } | { ok: false };

export interface Protocol {
  /** Popup → content script of a Gmail tab: read the open email now. */
  getEmail: { request: void; response: ReadEmailResult };
  /**
   * Content script → extension pages (background, an open popup): the open email changed.
   * Carries no body: listeners that need it ask with `getEmail`.
   */
  emailRead: { request: EmailSummary; response: void };
  /** Popup → content script: the open email and its analysis. */
  getAnalysis: { request: void; response: OpenEmailAnalysis };
  /** Popup → content script: put this text into the reply box (opening it when needed) above any draft. */
  insertReply: { request: { text: string }; response: InsertReplyResult };
  /**
   * Gmail content script → background: analyse the open email's text with the user's settings.
   * Popup → background: analyse pasted or selected text (the fallback when Gmail cannot be read).
   * The background holds the classifier so neither the Gmail page nor the popup loads it.
   */
  analyzeText: { request: AnalyzeTextRequest; response: Analysis };
  /** Content script → background: the open email carries this many flags (0 clears the badge). */
  flagsShown: { request: { count: number }; response: void };
  /** Content script → background: the user asked for the replies in the banner: open the popup for this tab. */
  openPopup: { request: void; response: OpenPopupResult };
  /** Content script → background: the user is active in Gmail; start the worker before an email opens (wake-worker.ts). */
  wake: { request: void; response: void };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

/**
 * Who may send a message:
 * - `extension-page`: a page of this extension (popup, options), in a popup or a tab;
 * - `gmail-content-script`: this extension's content script in a Gmail tab.
 */
export type SenderKind = 'extension-page' | 'gmail-content-script';

export const ALLOWED_SENDER: { readonly [K in MessageName]: SenderKind | readonly SenderKind[] } = {
  getEmail: 'extension-page',
  emailRead: 'gmail-content-script',
  getAnalysis: 'extension-page',
  insertReply: 'extension-page',
  analyzeText: ['gmail-content-script', 'extension-page'],
  flagsShown: 'gmail-content-script',
  openPopup: 'gmail-content-script',
  wake: 'gmail-content-script',
};

/** The kinds of sender allowed to send `name`. */
export function allowedSenders(name: MessageName): readonly SenderKind[] {
  const allowed = ALLOWED_SENDER[name];
  return typeof allowed === 'string' ? [allowed] : allowed;
}

const GMAIL_ORIGIN = 'https://mail.google.com/';

/** What is sent over the wire: marked, so Kalm's listeners ignore anything else. */
export interface Envelope<K extends MessageName = MessageName> {
  kalm: 1;
  name: K;
  request: RequestOf<K>;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Envelope>;
  return v.kalm === 1 && typeof v.name === 'string' && Object.hasOwn(ALLOWED_SENDER, v.name);
}

/** Whether `sender` is of the kind `kind`, for an extension with id `extensionId` and base URL `extensionUrl`. */
export function isAllowedSender(
  kind: SenderKind,
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionUrl: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? '';
  switch (kind) {
    case 'extension-page':
      return url.startsWith(extensionUrl);
    case 'gmail-content-script':
      return sender.tab !== undefined && url.startsWith(GMAIL_ORIGIN);
  }
}

type Args<K extends MessageName> = RequestOf<K> extends void ? [] : [request: RequestOf<K>];

function envelope<K extends MessageName>(name: K, args: unknown[]): Envelope<K> {
  return { kalm: 1, name, request: args[0] as RequestOf<K> };
}

/** Send to the content script in tab `tabId` (top frame only). */
export function sendToTab<K extends MessageName>(tabId: number, name: K, ...args: Args<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, envelope(name, args), { frameId: 0 }) as Promise<ResponseOf<K>>;
}

/** Send to the extension's pages: the background and any open popup or options page. */
export function sendToExtension<K extends MessageName>(name: K, ...args: Args<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(envelope(name, args)) as Promise<ResponseOf<K>>;
}

export type Handler<K extends MessageName> = (
  request: RequestOf<K>,
  sender: Runtime.MessageSender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

export type Handlers = { [K in MessageName]?: Handler<K> };

export interface HandleOptions {
  /** Removes the listener when aborted. */
  signal?: AbortSignal;
}

/**
 * Register handlers for some messages in this context. Messages that are not Kalm's, not
 * handled here, or from a sender not allowed for that message get no answer from this listener.
 */
export function handleMessages(handlers: Handlers, options: HandleOptions = {}): void {
  const extensionId = browser.runtime.id;
  const extensionUrl = browser.runtime.getURL('');
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as Handler<MessageName> | undefined;
    if (!handler) return undefined;
    if (!allowedSenders(message.name).some((kind) => isAllowedSender(kind, sender, extensionId, extensionUrl))) return undefined;
    try {
      return Promise.resolve(handler(message.request, sender));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  options.signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
