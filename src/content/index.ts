/**
 * Content script on Gmail: wiring only. Loads the user's settings, watches the open email,
 * draws the banner and highlights for it (email-view.ts), tells the extension what it read and how
 * many flags it found, and answers the popup: `getEmail`, `getAnalysis`, `insertReply`.
 */
import browser from 'webextension-polyfill';
import { summarize } from '../shared/email';
import { handleMessages, sendToExtension } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { warmUp } from './analyse-email';
import { createEmailView } from './email-view';
import { insertReply } from './gmail/insert-reply';
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
    // Opening Kalm's window from the page needs a message the protocol does not have yet: the
    // banner tells the user where to click instead.
    openReplies: () => false,
  });
  signal.addEventListener('abort', () => view.dispose(), { once: true });

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
    view.refresh();
  });
  signal.addEventListener('abort', unsubscribe, { once: true });

  let readSomething = false;
  watchOpenEmail(document, {
    signal,
    needsRefresh: view.needsRedraw,
    onChange(result, readSignal) {
      readSomething ||= result.ok;
      sendToExtension('emailRead', summarize(result)).catch(whenOrphaned);
      view.update(result, readSignal);
    },
  });

  // Gmail usually opens on the inbox: load the classifier's model while the user looks around,
  // so the first email they open is analysed without the start-up cost.
  if (!readSomething) {
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
    const run = () => {
      if (!signal.aborted && !readSomething) warmUp();
    };
    if (idle) idle(run, { timeout: 2000 });
    else setTimeout(run, 200);
  }
}

const controller = new AbortController();
void init(controller.signal, () => controller.abort());
