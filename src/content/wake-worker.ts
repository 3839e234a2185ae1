/**
 * The background service worker holds the classifier and goes to sleep after about 30 s without
 * events. In Gmail's preview pane nothing else wakes it before the analysis request, so the first
 * banner after a quiet spell waited for the worker to start and load the classifier (~190 ms
 * against ~30 ms). A click or key press in Gmail usually comes just before an email opens, so the
 * first one after a quiet spell sends a cheap `wake`: the worker starts while Gmail loads the email.
 */

/** A little under the worker's idle timeout, so an active user keeps it awake with few messages. */
export const WAKE_AFTER_QUIET_MS = 20_000;

export interface WakeOptions {
  signal: AbortSignal;
  /** Sends the wake message; failures are the caller's to ignore. */
  wake: () => void;
  now?: () => number;
}

/** Listens (passively, before Gmail's handlers see it) for the user's input; never stops it. */
export function wakeWorkerOnInput(doc: Document, { signal, wake, now = Date.now }: WakeOptions): void {
  let last = -Infinity;
  const onInput = () => {
    const t = now();
    if (t - last < WAKE_AFTER_QUIET_MS) return;
    last = t;
    wake();
  };
  for (const type of ['pointerdown', 'keydown'] as const) {
    doc.addEventListener(type, onInput, { capture: true, passive: true, signal });
  }
}
