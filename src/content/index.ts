/**
 * Content script on Gmail: wiring only. Loads the user's settings, watches the open email, has it
 * analysed by the background and draws the banner and highlights for it (email-view.ts), tells
 * the extension what it read and how many flags it found, asks the background to open the popup
 * from the banner, and answers the popup: `getEmail`, `getAnalysis`, `insertReply`.
 *
 * The classifier is not in here: this script is loaded into every Gmail page, so it stays small
 * (the background warms the classifier up when this script first reports, usually on the inbox).
 */
import browser from 'webextension-polyfill';
import { summarize } from '../shared/email';
import { handleMessages, sendToExtension } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { createEmailView } from './email-view';
import { insertReply } from './gmail/insert-reply';
import { readEmail } from './gmail/read-email';
import { watchOpenEmail } from './gmail/watch-email';
import { wakeWorkerOnInput } from './wake-worker';

/** After the extension is reloaded or updated, this old copy can no longer talk to it. */
function isOrphaned(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
}

async function init(signal: AbortSignal, stop: () => void): Promise<void> {
  const whenOrphaned = () => {
    if (isOrphaned()) stop();
  };

  let settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const settingsLoaded = loadSettings()
    .then((loaded) => void (settings = loaded))
    .catch(() => {
      // Unreadable storage: the defaults keep Kalm working.
    });

  const view = createEmailView({
    doc: document,
    settings: () => settings,
    // Nobody listening is fine (the background wakes for it in practice); an orphaned script
    // stops so it does not keep observing Gmail for nothing.
    flagsShown: (count) => void sendToExtension('flagsShown', { count }).catch(whenOrphaned),
    // The background opens the toolbar popup, or the popup page in a small window; when neither
    // works the banner tells the user where to click.
    openReplies: () =>
      sendToExtension('openPopup').then(
        (result) => result?.ok === true,
        () => (whenOrphaned(), false),
      ),
  });
  signal.addEventListener('abort', () => view.dispose(), { once: true });
  wakeWorkerOnInput(document, { signal, wake: () => void sendToExtension('wake').catch(whenOrphaned) });

  handleMessages(
    {
      getEmail: () => readEmail(document),
      getAnalysis: async () => {
        await settingsLoaded;
        return view.analyse(readEmail(document));
      },
      insertReply: (request) => insertReply(document, request?.text, { signal }),
    },
    { signal },
  );

  await settingsLoaded;
  if (signal.aborted) return;
  const unsubscribe = onSettingsChanged((next) => {
    settings = next;
    void view.refresh();
  });
  signal.addEventListener('abort', unsubscribe, { once: true });

  watchOpenEmail(document, {
    signal,
    needsRefresh: view.needsRedraw,
    onChange(result, readSignal) {
      sendToExtension('emailRead', summarize(result)).catch(whenOrphaned);
      void view.update(result, readSignal);
    },
  });
}

const controller = new AbortController();
void init(controller.signal, () => controller.abort());
