/** Background (service worker in Chrome, module script in Firefox): wiring only. */
import browser from 'webextension-polyfill';
import { handleMessages } from '../shared/messages';
import { clearBadgeOnNewDocument } from './badge-navigation';
import { createMenu, onMenuClicked } from './context-menu';
import { analyzeText, warmUp } from './handlers/analyze-text';
import { emailRead } from './handlers/email-read';
import { flagsShown } from './handlers/flags-shown';
import { openPopup } from './handlers/open-popup';

// `wake` needs no work: receiving it started the worker, which warms the classifier up.
handleMessages({ emailRead, flagsShown, analyzeText: (request) => analyzeText(request), openPopup, wake: () => undefined });

clearBadgeOnNewDocument();

// Menus persist across restarts of the background; they are (re)created when Kalm is installed
// or updated, and when the browser starts (Firefox drops them with a temporary add-on's restart).
browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => {}));
browser.runtime.onStartup.addListener(() => void createMenu().catch(() => {}));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab).catch(() => {}));

// The worker starts (or wakes) when a Gmail tab reports what it read, usually the inbox: warm the
// classifier up right after the event that woke it, before the user opens an email.
setTimeout(() => warmUp(), 0);
