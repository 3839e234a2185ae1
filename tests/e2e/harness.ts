/**
 * End-to-end harness: the built extension (dist/) in Debian's Chromium through playwright-core,
 * Gmail's address routed to the modelled fixture pages, everything else aborted — and every
 * request of every page recorded (the Gmail tab with Kalm's content script in it, the popup, the
 * options page), so a test fails if anything tries to leave the machine.
 *
 * Playwright cannot see an extension service worker's own requests; there the manifest's CSP
 * (`connect-src 'self'`) stops them before they start, which harness.test.ts checks. Behind both,
 * Chromium's only proxy is a closed local port: whatever slips through still goes nowhere.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { loadFixture } from '../fixtures/gmail/load';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.KALM_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS = join(ROOT, 'test-results');

const GMAIL_HOST = 'mail.google.com';

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** Which page or worker made it. */
  from: string;
}

export interface Kalm {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request any page or service worker made, in order. */
  requests: RecordedRequest[];
  /** Uncaught errors in any page (Gmail fixture or extension page). */
  pageErrors: string[];
  /** Dialogs (alert, confirm…) any page tried to open: there must be none. */
  dialogs: string[];
  /** Show `fixture` for the next navigations to Gmail. */
  serve(fixture: string): void;
  /** Open a new tab on Gmail at `url`, showing `fixture`. */
  openGmail(fixture: string, url: string): Promise<Page>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Open Kalm's popup as a page; with `tabId`, it reads that tab. */
  openPopup(tabId?: number): Promise<Page>;
  /** Requests that went anywhere but the routed Gmail fixture or the extension itself. */
  foreignRequests(): RecordedRequest[];
  /** Tooltip of Kalm's toolbar button in a tab. */
  actionTitle(tabId: number): Promise<string>;
  screenshotAll(name: string): Promise<void>;
  close(): Promise<void>;
}

function isAllowed(request: RecordedRequest, extensionId: string): boolean {
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') return url.host === extensionId;
  if (url.protocol === 'data:' || url.protocol === 'blob:' || request.url === 'about:blank') return true;
  // Only the fixture pages themselves may come from "Gmail" (and the browser's own favicon probe);
  // a fetch or XHR to mail.google.com would be the extension calling out.
  return url.protocol === 'https:' && url.host === GMAIL_HOST && (request.resourceType === 'document' || url.pathname === '/favicon.ico');
}

export async function launchKalm(): Promise<Kalm> {
  const profile = mkdtempSync(join(tmpdir(), 'kalm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-first-run',
      '--disable-quic',
      // Whatever the routes miss still cannot leave: all traffic goes to a closed local port.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
    ],
  });

  const requests: RecordedRequest[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const origin = (request: Request): string => {
    const worker = request.serviceWorker();
    if (worker) return `service worker ${worker.url()}`;
    try {
      return request.frame().url();
    } catch {
      return 'unknown';
    }
  };
  context.on('request', (request) =>
    requests.push({ url: request.url(), resourceType: request.resourceType(), from: origin(request) }),
  );
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.on('page', watchPage);
  context.pages().forEach(watchPage);

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  let fixture = 'inbox';
  // Extension service worker requests show up here too (checked in harness.test.ts).
  await context.route(`https://${GMAIL_HOST}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.abort();
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: loadFixture(fixture) });
  });
  await context.route(/^(?!https:\/\/mail\.google\.com\/|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());

  const kalm: Kalm = {
    context,
    serviceWorker,
    extensionId,
    requests,
    pageErrors,
    dialogs,
    serve(name) {
      fixture = name;
    },
    async openGmail(name, url) {
      fixture = name;
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === pageUrl)?.id;
      }, url);
      if (id === undefined) throw new Error(`no tab for ${url}`);
      return id;
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html${query}`);
      return page;
    },
    foreignRequests() {
      return requests.filter((request) => !isAllowed(request, extensionId));
    },
    actionTitle(tabId) {
      return serviceWorker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    },
    async screenshotAll(name) {
      mkdirSync(RESULTS, { recursive: true });
      await Promise.all(
        context.pages().map((page, i) =>
          page.screenshot({ path: join(RESULTS, `${name.replace(/[^\w-]+/g, '_')}-${i}.png`), fullPage: false }).catch(() => {}),
        ),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return kalm;
}

/** Gmail navigating inside the page: the hash changes first, the new thread is drawn a moment later. */
export async function navigateInGmail(page: Page, hash: string, fixture: string): Promise<void> {
  await page.evaluate(
    async ({ hash: nextHash, html }) => {
      location.hash = nextHash;
      await new Promise((r) => setTimeout(r, 100));
      // Parse inertly (no scripts run) and move the new main region in, as Gmail redraws it.
      const next = new DOMParser().parseFromString(html, 'text/html').querySelector('[role="main"]');
      const main = document.querySelector('[role="main"]');
      if (!next || !main) throw new Error('fixture has no main region');
      main.replaceChildren(...Array.from(next.childNodes).map((node) => document.adoptNode(node)));
      document.title = new DOMParser().parseFromString(html, 'text/html').title;
    },
    { hash, html: loadFixture(fixture) },
  );
}

/** Wait for the popup to settle in `state` (see stateName in src/popup/App.tsx). */
export async function popupState(popup: Page, state: string, timeout = 10_000): Promise<void> {
  await popup.waitForSelector(`[data-testid="popup"][data-state="${state}"]`, { timeout });
}

export async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? '';
}
