/**
 * Follow Gmail's single-page navigation: call back with a fresh read whenever the open email
 * changes (another thread, a new message, a collapsed message expanded, a thread that finished
 * loading). A MutationObserver is the main signal; `hashchange` is only a hint, because it fires
 * before Gmail draws the thread and not at all in the preview-pane layout.
 *
 * Every read comes with its own AbortSignal, aborted when the next read replaces it or the watch
 * stops, so whatever a feature drew for one email is cleaned up when the user moves on.
 */
import type { ReadEmailResult } from '../../shared/email';
import { emailFingerprint, readEmail } from './read-email';

export interface WatchEmailOptions {
  /** Stops the watch: observer, listeners and timers are removed, the current read is aborted. */
  signal: AbortSignal;
  /** Called with each new read and a signal that is aborted when that read is replaced. */
  onChange: (result: ReadEmailResult, signal: AbortSignal) => void;
  /**
   * Quiet time after the last DOM change before checking, in ms. Default 20: short, because the
   * banner should appear with the message (the check itself is cheap: no text is read unless the
   * open email changed), yet long enough to let Gmail finish drawing a thread in one go.
   */
  debounceMs?: number;
  /** Longest a continuously busy page may delay a check, in ms. Default 250. */
  maxWaitMs?: number;
  /**
   * Asked when the open email has not changed: true to read it again anyway (e.g. Gmail redrew
   * the message and took the banner with it).
   */
  needsRefresh?: () => boolean;
}

export function watchOpenEmail(doc: Document, options: WatchEmailOptions): void {
  const { signal, onChange, debounceMs = 20, maxWaitMs = 250, needsRefresh } = options;
  if (signal.aborted) return;
  const view = doc.defaultView ?? globalThis;

  let lastFingerprint: string | undefined;
  let current: AbortController | undefined;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;

  const check = () => {
    debounceTimer = undefined;
    firstPendingAt = undefined;
    if (signal.aborted) return;
    const fingerprint = emailFingerprint(doc);
    if (fingerprint === lastFingerprint && !needsRefresh?.()) return;
    lastFingerprint = fingerprint;
    current?.abort();
    current = new AbortController();
    onChange(readEmail(doc), current.signal);
  };

  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    firstPendingAt ??= now;
    if (debounceTimer !== undefined) view.clearTimeout(debounceTimer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now));
    debounceTimer = view.setTimeout(check, wait);
  };

  const observer = new view.MutationObserver(schedule);
  observer.observe(doc, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'hidden', 'class', 'aria-expanded'],
  });
  view.addEventListener('hashchange', schedule);
  view.addEventListener('popstate', schedule);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      view.removeEventListener('hashchange', schedule);
      view.removeEventListener('popstate', schedule);
      if (debounceTimer !== undefined) view.clearTimeout(debounceTimer);
      current?.abort();
    },
    { once: true },
  );

  check();
}
