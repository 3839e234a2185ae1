/**
 * What kind of Gmail page this is. URL predicates are pure and carry their example URLs
 * (tests/unit/content/page-detect.test.ts checks each is true on its own examples and false on
 * everyone else's). The URL is only a hint: in the preview-pane layout a thread opens without the
 * hash changing, and the hash changes before Gmail draws the thread. The DOM predicates decide.
 */
import { isGmailUrl } from '../../shared/gmail-url';
import { SELECTORS, queryAll, query } from './selectors';

type UrlLike = string | URL;

function toUrl(url: UrlLike): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The route in Gmail's hash, without the leading `#` and without a `?compose=…` part. */
function route(url: URL): string[] {
  const hash = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  return hash.split('/').filter((part) => part.length > 0);
}

/**
 * Gmail thread ids in URLs: the current 30–40 letter form or the legacy 16 hex digits. A label
 * or search word of that shape is not impossible, hence "hint".
 */
const THREAD_TOKEN = /^(?:[A-Za-z]{30,40}|[0-9a-f]{16})$/;

/** Views whose second segment names a label, search, or category rather than a thread. */
const VIEWS_WITH_ARGUMENT = new Set(['label', 'search', 'category', 'advanced-search', 'apps']);

export const GMAIL_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/mail/u/1/#label/Clients',
  'https://mail.google.com/mail/',
];

/** Gmail's web app, in any account and view. */
export function isGmail(url: UrlLike): boolean {
  return isGmailUrl(url);
}

export const THREAD_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv',
  'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv',
  'https://mail.google.com/mail/u/0/#search/invoice/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv',
  'https://mail.google.com/mail/u/0/#category/updates/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv',
  'https://mail.google.com/mail/u/0/#all/18ff2a1b3c4d5e6f',
  'https://mail.google.com/mail/u/2/#sent/KtbxLzGLnDbXjZqWfkTqJmXhFqrTmWBwxL',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv?compose=new',
];

/** The URL names an open thread. */
export function isThreadUrl(url: UrlLike): boolean {
  const u = toUrl(url);
  if (!u || !isGmail(u)) return false;
  const parts = route(u);
  if (parts.length < 2 || parts[0] === 'settings') return false;
  const minimum = VIEWS_WITH_ARGUMENT.has(parts[0]!) ? 3 : 2;
  return parts.length >= minimum && THREAD_TOKEN.test(parts[parts.length - 1]!);
}

export const LIST_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com/mail/u/0/#inbox/p2',
  'https://mail.google.com/mail/u/0/#label/Clients',
  'https://mail.google.com/mail/u/0/#search/invoice',
  'https://mail.google.com/mail/u/0/#category/social',
  'https://mail.google.com/mail/u/0/#starred',
  'https://mail.google.com/mail/u/0/#inbox?compose=new',
];

/** The URL names a list of threads (inbox, label, search…), possibly with a compose window. */
export function isListUrl(url: UrlLike): boolean {
  const u = toUrl(url);
  if (!u || !isGmail(u)) return false;
  const parts = route(u);
  return parts.length > 0 && parts[0] !== 'settings' && !isThreadUrl(u);
}

export const SETTINGS_EXAMPLES = [
  'https://mail.google.com/mail/u/0/#settings/general',
  'https://mail.google.com/mail/u/0/#settings/labels',
];

/** Gmail's settings pages (where the signature editor is another `g_editable` textbox). */
export function isSettingsUrl(url: UrlLike): boolean {
  const u = toUrl(url);
  return u !== null && isGmail(u) && route(u)[0] === 'settings';
}

/** The thread id in the URL, when it names a thread. */
export function threadIdFromUrl(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !isThreadUrl(u)) return undefined;
  const parts = route(u);
  return parts[parts.length - 1];
}

/** Visible to the user: hidden stale thread views stay in Gmail's DOM. */
export function isVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  // Older engines: walk up looking for display:none / hidden.
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.hasAttribute('hidden')) return false;
    const view = el.ownerDocument.defaultView;
    if (view && view.getComputedStyle(el).display === 'none') return false;
  }
  return true;
}

/** Gmail has drawn its main region (it has not while still loading). */
export function isGmailReady(doc: Document): boolean {
  return queryAll(doc, SELECTORS.main).some(isVisible);
}

/** The subject heading of the thread the user sees, if one is open. */
export function findOpenThreadSubject(doc: Document): Element | null {
  return queryAll(doc, SELECTORS.threadSubject).find(isVisible) ?? null;
}

/** A thread is open and visible. */
export function hasOpenThread(doc: Document): boolean {
  return findOpenThreadSubject(doc) !== null;
}

/**
 * The element holding the open thread's messages: the nearest ancestor of the subject that
 * contains a message. Falls back to the main region.
 */
export function findThreadContainer(subject: Element): Element | null {
  for (let el = subject.parentElement; el; el = el.parentElement) {
    if (query(el, SELECTORS.message)) return el;
    if (el.matches(SELECTORS.main.css)) return el;
  }
  return null;
}
