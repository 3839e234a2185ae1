/**
 * Content script on Gmail: wiring only. Watches the open email, tells the extension when it
 * changes, and answers the popup's `getEmail`. Later features (banner, insert) hang off the
 * per-read signal that `watchOpenEmail` hands out.
 */
import browser from 'webextension-polyfill';
import { summarize } from '../shared/email';
import { handleMessages, sendToExtension } from '../shared/messages';
import { readEmail } from './gmail/read-email';
import { watchOpenEmail } from './gmail/watch-email';

/** After the extension is reloaded or updated, this old copy can no longer talk to it. */
function isOrphaned(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
}

function init(signal: AbortSignal, stop: () => void): void {
  handleMessages({ getEmail: () => readEmail(document) }, { signal });

  watchOpenEmail(document, {
    signal,
    onChange(result) {
      sendToExtension('emailRead', summarize(result)).catch(() => {
        // Nobody listening is fine (the background wakes for it in practice); an orphaned
        // script stops watching so it does not keep observing Gmail for nothing.
        if (isOrphaned()) stop();
      });
    },
  });
}

const controller = new AbortController();
init(controller.signal, () => controller.abort());
