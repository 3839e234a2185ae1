/**
 * The banner and the highlights in a real Chromium with the built extension, on the modelled
 * Gmail threads: the right flags above the message, the evidence highlighted in Gmail's own text,
 * nothing on an ordinary email, navigation, dismissal, Gmail's theme, hostile email, keyboard,
 * accessibility — and no request leaves the browser.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { expectNothingLeftAndNothingBroke, navigateInGmail, useKalm } from './harness';

const kalm = useKalm('banner');

const BANNER = '[data-testid="kalm-banner"]';

/** Kalm has read an email with no flag (the toolbar names its sender): whatever it draws is drawn. */
async function readBy(tabId: number, sender: string) {
  await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe(`Kalm: email from ${sender}`);
}

interface BannerState {
  count: number;
  flags: string[];
  theme: string | null;
  open: boolean;
  /** The banner's words, as a user reads them (the shadow root's text, styles left out). */
  text: string;
  /** The quoted evidence, without the quote marks. */
  quotes: string[];
  /** The message (data-message-id) the banner sits in. */
  messageId: string | null;
}

function bannerState(gmail: Page): Promise<BannerState> {
  return gmail.evaluate((selector) => {
    const hosts = [...document.querySelectorAll(selector)];
    const host = hosts[0];
    const root = host?.shadowRoot;
    const section = root?.querySelector('section');
    return {
      count: hosts.length,
      flags: host?.getAttribute('data-flags')?.split(' ').filter(Boolean) ?? [],
      theme: host?.getAttribute('data-theme') ?? null,
      open: root !== null && root !== undefined,
      text: section?.textContent ?? '',
      quotes: [...(root?.querySelectorAll('button.quote') ?? [])].map((b) => (b.textContent ?? '').replace(/^“|”$/g, '')),
      messageId: host?.closest('[data-message-id]')?.getAttribute('data-message-id') ?? null,
    };
  }, BANNER);
}

/** What the page's highlight registry paints: per name, the words and whether they are in the message body. */
function highlights(gmail: Page): Promise<Record<string, { text: string; inBody: boolean }[]>> {
  return gmail.evaluate(() => {
    const out: Record<string, { text: string; inBody: boolean }[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      out[name] = [...highlight].map((range) => ({
        text: range.toString(),
        inBody: !!range.startContainer.parentElement?.closest('.a3s') && !range.startContainer.parentElement?.closest('.gmail_quote'),
      }));
    }
    return out;
  });
}

const painted = async (gmail: Page) =>
  Object.entries(await highlights(gmail))
    .filter(([name]) => name !== 'kalm-evidence-focus')
    .flatMap(([, ranges]) => ranges);

describe('the banner on a demanding email', () => {
  test('English: the flags in plain words, the words highlighted in the message itself', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER, { timeout: 10_000 });
    const banner = await bannerState(gmail);
    expect(banner.count).toBe(1);
    expect(banner.open).toBe(true);
    expect(banner.messageId).toBe('#msg-f:1801400000000000002');
    expect(banner.flags).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
    expect(banner.text).toContain('Asks for a discount on the agreed price');
    expect(banner.text).toContain('Asks for extra work without paying for it');
    expect(banner.text).toContain(`Kalm noticed ${banner.flags.length} things`);

    // Every quoted piece of evidence is painted over Gmail's own text in the message body — not in the quote.
    const ranges = await painted(gmail);
    expect(ranges.length).toBeGreaterThanOrEqual(3);
    expect(ranges.every((r) => r.inBody)).toBe(true);
    expect(ranges.map((r) => r.text.replace(/\s+/g, ' ')).sort()).toEqual([...banner.quotes].sort());
    const paintedText = ranges.map((r) => r.text).join(' | ');
    expect(paintedText).toMatch(/for less|half/);
    expect(paintedText).toMatch(/at it|included|no cost/);
    // No alarm red for anything below high: these flags are all of medium severity.
    expect(Object.keys(await highlights(gmail))).not.toContain('kalm-evidence-high');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('Dutch: the same, on a Dutch email', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-nl');
    await gmail.waitForSelector(BANNER, { timeout: 10_000 });
    const banner = await bannerState(gmail);
    expect(banner.flags).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
    const ranges = await painted(gmail);
    expect(ranges.every((r) => r.inBody)).toBe(true);
    expect(ranges.map((r) => r.text).join(' | ')).toMatch(/goedkoper|helft/);
    expect(ranges.map((r) => r.text).join(' | ')).toMatch(/morgen/);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('an ordinary email: no banner and nothing highlighted', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-ordinary');
    await readBy(tabId, 'Maya Lin');
    await gmail.waitForTimeout(300);
    expect((await bannerState(gmail)).count).toBe(0);
    expect(await painted(gmail)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });
});

describe('the banner follows Gmail', () => {
  test('to another thread, to an ordinary one and to the inbox: replaced, then gone, never doubled', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    const dutch = caseNamed('thread-demanding-nl');
    await navigateInGmail(gmail, new URL(dutch.url).hash, dutch.name);
    await expect.poll(async () => (await bannerState(gmail)).messageId, { timeout: 10_000 }).toBe('#msg-f:1801410000000000002');
    expect((await bannerState(gmail)).count).toBe(1);
    expect((await painted(gmail)).map((r) => r.text).join(' ')).toMatch(/goedkoper|helft|morgen/);

    // (Gmail's redraw takes the old banner with it at once; wait until Kalm has read the new email.)
    const ordinary = caseNamed('thread-ordinary');
    await navigateInGmail(gmail, new URL(ordinary.url).hash, ordinary.name);
    await readBy(tabId, 'Maya Lin');
    await expect.poll(() => painted(gmail)).toEqual([]);
    expect((await bannerState(gmail)).count).toBe(0);

    const english = caseNamed('thread-demanding-en');
    await navigateInGmail(gmail, new URL(english.url).hash, english.name);
    await expect.poll(async () => (await bannerState(gmail)).count, { timeout: 10_000 }).toBe(1);
    await navigateInGmail(gmail, '#inbox', 'inbox');
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe('Kalm');
    await expect.poll(() => painted(gmail)).toEqual([]);
    expect((await bannerState(gmail)).count).toBe(0);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('Gmail busy redrawing around it: still one banner; Gmail removing it: it comes back', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    await gmail.evaluate(async () => {
      const main = document.querySelector('[role="main"]')!;
      for (let i = 0; i < 20; i++) {
        main.append(document.createElement('div'));
        document.querySelector('h2')!.classList.toggle('x');
        await new Promise((r) => setTimeout(r, 15));
      }
    });
    await gmail.waitForTimeout(300);
    expect((await bannerState(gmail)).count).toBe(1);

    await gmail.evaluate((selector) => document.querySelector(selector)!.remove(), BANNER);
    await expect.poll(async () => (await bannerState(gmail)).count, { timeout: 5_000 }).toBe(1);
    expect((await bannerState(gmail)).messageId).toBe('#msg-f:1801400000000000002');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test("Gmail's dark theme: the banner turns dark too", async () => {
    const { gmail } = await kalm.openThread('thread-ordinary');
    await gmail.evaluate(() => {
      document.body.style.backgroundColor = '#202124';
      document.body.style.color = '#e8eaed';
    });
    const english = caseNamed('thread-demanding-en');
    await navigateInGmail(gmail, new URL(english.url).hash, english.name);
    await gmail.waitForSelector(BANNER, { timeout: 10_000 });
    expect((await bannerState(gmail)).theme).toBe('dark');
    const background = await gmail.evaluate(
      (selector) => getComputedStyle(document.querySelector(selector)!.shadowRoot!.querySelector('section')!).backgroundColor,
      BANNER,
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);

    // Switching back to the light theme while the email is open: the banner follows.
    await gmail.evaluate(() => {
      document.body.style.backgroundColor = '#ffffff';
      document.body.style.color = '#202124';
    });
    await expect.poll(async () => (await bannerState(gmail)).theme, { timeout: 5_000 }).toBe('light');
    expect((await bannerState(gmail)).count).toBe(1);
    expectNothingLeftAndNothingBroke(kalm);
  });
});

describe('using the banner', () => {
  test('Hide: gone for this email, highlights too; it stays gone while the email is open', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    await gmail.locator(BANNER).getByRole('button', { name: 'Hide Kalm for this email' }).click();
    await expect.poll(async () => (await bannerState(gmail)).count).toBe(0);
    expect(await painted(gmail)).toEqual([]);
    // Gmail redraws something in the thread: Kalm reads again but keeps the banner hidden.
    await gmail.evaluate(() => document.querySelector('h2')!.append(' '));
    await gmail.waitForTimeout(400);
    expect((await bannerState(gmail)).count).toBe(0);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('with the keyboard alone: Tab reaches its buttons, Enter works, and Gmail sees none of the keys', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    await gmail.evaluate(() => {
      const w = window as unknown as { __keys: string[] };
      w.__keys = [];
      document.addEventListener('keydown', (e) => w.__keys.push(e.key));
    });
    await gmail.locator(BANNER).getByRole('button', { name: 'Hide Kalm for this email' }).focus();
    // Tab onwards through the quotes to "See calm replies", then Enter.
    let label = '';
    for (let i = 0; i < 20 && label !== 'See calm replies'; i++) {
      await gmail.keyboard.press('Tab');
      label = await gmail.evaluate((selector) => document.querySelector(selector)!.shadowRoot!.activeElement?.textContent ?? '', BANNER);
    }
    expect(label).toBe('See calm replies');
    await gmail.keyboard.press('Enter');
    // Enter presses it: Kalm's toolbar popup opens (what it shows: the tests below).
    await expect.poll(async () => (await kalm.toolbarPopup()) !== undefined, { timeout: 10_000 }).toBe(true);
    expect(await gmail.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);

    // Focusing a quote points at its words in the message.
    await gmail.locator(BANNER).locator('button.quote').first().focus();
    await expect.poll(async () => (await highlights(gmail))['kalm-evidence-focus']?.length ?? 0).toBeGreaterThan(0);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('"See calm replies" opens Kalm\'s toolbar popup on this email: the same flags, and the replies', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    const { flags } = await bannerState(gmail);
    // Another Gmail tab, used more recently, with another demanding email: the popup must not take it.
    const other = await kalm.openThread('thread-demanding-nl');
    await other.gmail.waitForSelector(BANNER);
    await gmail.bringToFront();
    await gmail.locator(BANNER).getByRole('button', { name: 'See calm replies' }).click();

    // Playwright cannot click the toolbar nor see its popup as a page: this is the popup Chrome
    // opened for the click in the page, read through the DevTools protocol.
    await expect.poll(async () => (await kalm.toolbarPopup()) !== undefined, { timeout: 10_000 }).toBe(true);
    const popup = (await kalm.toolbarPopup())!;
    const shown = () =>
      popup.evaluate<{ state?: string; flags: string[]; subject: string; reply: string }>(`({
        state: document.querySelector('[data-testid="popup"]')?.dataset.state,
        flags: [...document.querySelectorAll('[data-testid="flag"]')].map((el) => el.dataset.flag),
        subject: document.querySelector('[data-testid="subject"]')?.textContent ?? '',
        reply: document.querySelector('[data-testid="reply-text"]')?.value ?? '',
      })`);
    await expect.poll(async () => (await shown()).reply, { timeout: 10_000 }).toMatch(/^\w+ Dana,/); // greets the sender of this email
    const seen = await shown();
    expect(seen.state).toBe('email');
    expect(seen.subject).toBe('Re: Website redesign quote');
    expect(seen.flags).toEqual(flags);
    // It opened: no "where to click" hint in the banner.
    expect(await gmail.locator(BANNER).locator('.hint').textContent()).toBe('');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('when the toolbar popup cannot open there (Gmail\'s window is not active), Kalm opens in a small window for this tab', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    const { flags } = await bannerState(gmail);
    // Chrome refuses action.openPopup() for a window that is not active: a minimised one here.
    await kalm.inWorker(`chrome.tabs.get(${tabId}).then((tab) => chrome.windows.update(tab.windowId, { state: 'minimized' }))`);
    const opened = kalm.context.waitForEvent('page', { timeout: 10_000 });
    await gmail.locator(BANNER).getByRole('button', { name: 'See calm replies' }).dispatchEvent('click');
    const popup = await opened;
    await popup.waitForLoadState();
    const url = new URL(popup.url());
    expect(url.pathname).toBe('/src/popup/index.html');
    expect(url.searchParams.get('tab')).toBe(String(tabId));
    const windowType = await kalm.inWorker(
      `chrome.tabs.query({}).then(async (tabs) => (await chrome.windows.get(tabs.find((t) => t.url && t.url.includes('popup/index.html?tab=')).windowId)).type)`,
    );
    expect(windowType).toBe('popup');
    expect(await kalm.toolbarPopup()).toBeUndefined();
    await popup.getByTestId('reply-text').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('flag').evaluateAll((els) => els.map((el) => el.getAttribute('data-flag')))).toEqual(flags);
    expect(await gmail.locator(BANNER).locator('.hint').textContent()).toBe('');
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('no serious or critical accessibility violation in the banner, in either theme', async () => {
    const { gmail } = await kalm.openThread('thread-demanding-en');
    await gmail.waitForSelector(BANNER);
    const light = await new AxeBuilder({ page: gmail }).include(BANNER).analyze();
    expect(light.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await gmail.evaluate(() => void (document.body.style.backgroundColor = '#202124'));
    await navigateInGmail(gmail, '#inbox', 'inbox');
    const dutch = caseNamed('thread-demanding-nl');
    await navigateInGmail(gmail, new URL(dutch.url).hash, dutch.name);
    await expect.poll(async () => (await bannerState(gmail)).theme, { timeout: 10_000 }).toBe('dark');
    const dark = await new AxeBuilder({ page: gmail }).include(BANNER).analyze();
    expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expectNothingLeftAndNothingBroke(kalm);
  });
});

describe('a huge email', () => {
  test('about 1 MB of text: read without freezing Gmail, nothing breaks', async () => {
    const { gmail, tabId } = await kalm.openThread('thread-huge-body');
    // The page keeps answering while Kalm reads and analyses.
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 15_000 }).not.toBe('Kalm');
    const started = Date.now();
    await gmail.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - started).toBeLessThan(1000);
    const banner = await bannerState(gmail);
    expect(banner.count).toBeLessThanOrEqual(1);
    if (banner.count === 1) {
      expect(banner.text).toContain('This email is very long: Kalm read its first part.');
      expect((await painted(gmail)).every((r) => r.inBody)).toBe(true);
    }
    expectNothingLeftAndNothingBroke(kalm);
  });
});

describe('a hostile email', () => {
  test('script tags, <img onerror>, javascript: links and HTML in the name and body: shown as text, nothing runs', async () => {
    const { gmail } = await kalm.openThread('thread-hostile');
    await gmail.waitForSelector(BANNER, { timeout: 10_000 });
    const banner = await bannerState(gmail);
    expect(banner.flags).toEqual(expect.arrayContaining(['refund_demand', 'threat']));
    expect(banner.text).toContain('From <script>window.__kalmPwned=1</script><b>Mallory</b> <img src=x onerror="window.__kalmPwned=1">');
    const elements = await gmail.evaluate(
      (selector) => [...document.querySelector(selector)!.shadowRoot!.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
      BANNER,
    );
    expect(elements.filter((tag) => ['script', 'img', 'a', 'b', 'iframe', 'object'].includes(tag))).toEqual([]);
    // Click everything Kalm drew: nothing navigates, nothing runs.
    const buttons = gmail.locator(BANNER).locator('button.quote, button.primary');
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
    await gmail.waitForTimeout(300);
    expect(await gmail.evaluate(() => (window as unknown as { __kalmPwned?: number }).__kalmPwned)).toBeUndefined();
    expect(gmail.url()).toBe(caseNamed('thread-hostile').url);
    expect((await painted(gmail)).every((r) => r.inBody)).toBe(true);
    expectNothingLeftAndNothingBroke(kalm);
  });
});
