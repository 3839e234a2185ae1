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
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
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
  /** Open a new Gmail tab on the modelled thread `name` (tests/fixtures/gmail/cases.ts). */
  openThread(name: string): Promise<{ gmail: Page; tabId: number }>;
  /** Open Kalm's popup as a page; with `tabId`, it reads that tab. */
  openPopup(tabId?: number): Promise<Page>;
  /** Open Kalm's settings page as a tab, once its form is shown. */
  openOptions(): Promise<Page>;
  /** Evaluate an expression (a string: the tests' chrome typings stay small) in Kalm's service worker. */
  inWorker<T = unknown>(expression: string): Promise<T>;
  /**
   * The toolbar popup, when one is open. Playwright does not list it among the pages, so it is
   * reached through the DevTools protocol: its address, and `evaluate` to read what it shows.
   */
  toolbarPopup(): Promise<ToolbarPopup | undefined>;
  /** Requests that went anywhere but the routed Gmail fixture or the extension itself. */
  foreignRequests(): RecordedRequest[];
  /** Tooltip of Kalm's toolbar button in a tab. */
  actionTitle(tabId: number): Promise<string>;
  screenshotAll(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface ToolbarPopup {
  url: string;
  /** Evaluate `expression` in the popup page (awaited; the value must be JSON-like). */
  evaluate<T = unknown>(expression: string): Promise<T>;
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
    async openThread(name) {
      const fixture = caseNamed(name);
      const gmail = await kalm.openGmail(fixture.name, fixture.url);
      return { gmail, tabId: await kalm.tabIdOf(gmail) };
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/src/popup/index.html${query}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      await page.getByTestId('settings-form').waitFor();
      return page;
    },
    inWorker<T>(expression: string) {
      return serviceWorker.evaluate(expression) as Promise<T>;
    },
    toolbarPopup: () => findToolbarPopup(context, extensionId),
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

/** A DevTools session on a page of the context (any page: the commands used are browser-wide). */
async function browserSession(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  return context.newCDPSession(page);
}

/**
 * Kalm's toolbar popup: a page target with the popup's address that Playwright does not attach to.
 * Evaluated in through a non-flat DevTools session (messages wrapped for the target), since
 * Playwright's session object cannot address a flat child session.
 */
async function findToolbarPopup(context: BrowserContext, extensionId: string): Promise<ToolbarPopup | undefined> {
  const attached = new Set(context.pages().map((page) => page.url()));
  const cdp = await browserSession(context);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  const target = targetInfos.find(
    (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/src/popup/index.html`) && !attached.has(t.url),
  );
  if (!target) return undefined;
  return {
    url: target.url,
    async evaluate<T>(expression: string): Promise<T> {
      const session = await browserSession(context);
      try {
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
        type Reply = { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: unknown }; error?: unknown };
        const reply = new Promise<Reply>((resolve) => {
          session.on('Target.receivedMessageFromTarget', (event) => {
            const message = JSON.parse(event.message) as Reply;
            if (event.sessionId === sessionId && message.id === 1) resolve(message);
          });
        });
        const params = { expression, returnByValue: true, awaitPromise: true };
        await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
        const answer = await reply;
        if (answer.error || answer.result?.exceptionDetails) throw new Error(`in the toolbar popup: ${JSON.stringify(answer)}`);
        return answer.result?.result?.value as T;
      } finally {
        await session.detach();
      }
    },
    async close() {
      const session = await browserSession(context);
      await session.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
      await session.detach();
    },
  };
}

export interface UseKalmOptions {
  /**
   * After each test, close every page (and the toolbar popup) and clear Kalm's storage, so tests
   * do not see each other's tabs and settings. Default true; false where the tests build on each other.
   */
  isolate?: boolean;
  /** Runs once the browser is up (before the first test). */
  setup?: (kalm: Kalm) => Promise<void>;
}

/**
 * One browser with Kalm for a test file: launched before its first test, closed after its last;
 * after a failed test, a screenshot of every page (named after the file and the test) in
 * test-results/. Returns the running Kalm (usable from the first test on).
 */
export function useKalm(name: string, options: UseKalmOptions = {}): Kalm {
  const { isolate = true, setup } = options;
  let running: Kalm | undefined;
  beforeAll(async () => {
    running = await launchKalm();
    await setup?.(running);
  });
  afterEach(async (ctx) => {
    if (!running) return;
    if (ctx.task.result?.state === 'fail') await running.screenshotAll(`${name} ${ctx.task.name}`);
    if (!isolate) return;
    await (await running.toolbarPopup())?.close();
    for (const page of running.context.pages()) await page.close();
    await running.inWorker('Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.storage.session.clear()])');
  });
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as Kalm, {
    get(_target, key) {
      if (!running) throw new Error(`Kalm is not running yet: use it inside a test (useKalm('${name}'))`);
      return Reflect.get(running, key);
    },
  });
}

/** The end of every browser test: nothing left the machine, no page threw, no dialog opened. */
export function expectNothingLeftAndNothingBroke(kalm: Kalm): void {
  expect(kalm.foreignRequests()).toEqual([]);
  expect(kalm.pageErrors).toEqual([]);
  expect(kalm.dialogs).toEqual([]);
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
