// @vitest-environment happy-dom
/**
 * What the content script draws for the open email, on modelled Gmail pages in happy-dom. The
 * analysis comes from the background: here the real classifier behind a promise, answering a
 * moment later as a message does (or when a test says so).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import type { AnalyzeRemote } from '../../../src/content/analyse-email';
import { readEmail } from '../../../src/content/gmail/read-email';
import { repairSettings, type Settings } from '../../../src/shared/settings';
import type { ReadEmailResult } from '../../../src/shared/email';
import { caseNamed } from '../../fixtures/gmail/cases';
import { createFakeBrowser } from '../helpers/fake-browser';
import { mainRegionHtml, openGmailPage, type GmailPage } from '../helpers/gmail-dom';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { createEmailView } = await import('../../../src/content/email-view');
const { createEmailAnalyser } = await import('../../../src/content/analyse-email');

/** The background's classifier, answering after a timer (as a message does). */
const background: AnalyzeRemote = async (request) => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  return analyze(request.text, { html: request.html, sensitivity: request.sensitivity, enabled: request.enabled });
};

/** A background that answers only when the test says so: `answer(i)` answers the i-th request. */
function heldBackground() {
  const held: { text: string; answer: () => void }[] = [];
  const run: AnalyzeRemote = (request) =>
    new Promise((resolve) => held.push({ text: request.text, answer: () => resolve(analyze(request.text, { ...request })) }));
  return { run, held, answer: (i: number) => held[i]!.answer() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

const open: GmailPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

/** A Gmail page with a stand-in for the CSS Custom Highlight API (happy-dom has none). */
function gmail(name: string) {
  const fixture = caseNamed(name);
  const page = openGmailPage(fixture.name, fixture.url);
  open.push(page);
  const highlights = new Map<string, { ranges: Range[] }>();
  // happy-dom's window.CSS is a getter with a fresh object each time: replace it.
  Object.defineProperty(page.window, 'CSS', { value: { highlights }, configurable: true });
  (page.window as unknown as { Highlight: unknown }).Highlight = class {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  };
  return { page, doc: page.document, highlights };
}

function view(doc: Document, settings: Settings = repairSettings({}), run: AnalyzeRemote = background) {
  const counts: number[] = [];
  const current = { settings };
  const v = createEmailView({
    doc,
    settings: () => current.settings,
    flagsShown: (n) => counts.push(n),
    openReplies: () => false,
    analyse: createEmailAnalyser(run),
  });
  return { v, counts, current };
}

const banners = (doc: Document) => [...doc.querySelectorAll('[data-testid="kalm-banner"]')];
const flagsOf = (doc: Document) => banners(doc)[0]?.getAttribute('data-flags')?.split(' ') ?? [];
const highlighted = (highlights: Map<string, { ranges: Range[] }>) =>
  [...highlights.entries()].filter(([name]) => name !== 'kalm-evidence-focus').flatMap(([, h]) => h.ranges.map((r) => r.toString()));

describe('what Kalm draws for the open email', () => {
  test('a demanding email: a banner above the message, its words highlighted, the count for the badge', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    await v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(1);
    expect(flagsOf(doc)).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
    expect(counts).toEqual([flagsOf(doc).length]);
    // Above the message text, inside the message.
    const host = banners(doc)[0]!;
    expect(host.nextElementSibling!.classList.contains('a3s')).toBe(true);
    // Exactly the analysis's evidence is painted, over the message's own words.
    const analysis = (await v.analyse(readEmail(doc))).analysis!;
    const evidence = analysis.flags.flatMap((f) => f.evidence.map((e) => e.text));
    expect(highlighted(highlights).sort()).toEqual(evidence.sort());
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    expect(doc.getElementById('kalm-highlight-style')).not.toBeNull();
  });

  test('a Dutch demanding email gets the banner too', async () => {
    const { doc } = gmail('thread-demanding-nl');
    const { v } = view(doc);
    await v.update(readEmail(doc));
    expect(flagsOf(doc)).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
  });

  test('an ordinary email: nothing drawn, the badge cleared', async () => {
    const { doc, highlights } = gmail('thread-ordinary');
    const { v, counts } = view(doc);
    await v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    expect(counts).toEqual([0]);
  });

  test('moving to another thread and to the inbox replaces, then removes the banner', async () => {
    const { page, doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    const first = new AbortController();
    await v.update(readEmail(doc), first.signal);
    const before = banners(doc)[0];

    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    first.abort();
    const second = new AbortController();
    await v.update(readEmail(doc), second.signal);
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(1);
    expect(banners(doc)[0]).not.toBe(before);
    expect(banners(doc)[0]!.closest('.adn')!.getAttribute('data-message-id')).toBe('#msg-f:1801410000000000002');

    page.window.location.href = 'https://mail.google.com/mail/u/0/#inbox';
    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('inbox');
    second.abort();
    await v.update(readEmail(doc), new AbortController().signal);
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    expect(counts.at(-1)).toBe(0);
  });

  test('reading the same email again keeps one banner in place, also while the new read is analysed', async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    const reads = [new AbortController(), new AbortController(), new AbortController()];
    await v.update(readEmail(doc), reads[0]!.signal);
    const host = banners(doc)[0];
    expect(host).toBeDefined();
    for (let i = 1; i < reads.length; i++) {
      reads[i - 1]!.abort();
      void v.update(readEmail(doc), reads[i]!.signal);
      await Promise.resolve();
      expect(banners(doc)).toEqual([host]); // no flicker
    }
    await settle();
    expect(banners(doc)).toEqual([host]);
    expect(counts).toHaveLength(1);
  });

  test('a dismissed banner stays away for that email, and comes back for another', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    await v.update(readEmail(doc));
    const hide = banners(doc)[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="kalm-dismiss"]')!;
    hide.click();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    await v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(0);
    // The badge still counts the flags: the email has not changed.
    expect(counts.at(-1)).toBeGreaterThan(0);

    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    await v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(1);
  });

  test('the watch stopping takes everything away', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v } = view(doc);
    const read = new AbortController();
    await v.update(readEmail(doc), read.signal);
    read.abort();
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
  });

  test("follows the user's settings: switched-off flags are not shown", async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v, current } = view(doc);
    await v.update(readEmail(doc));
    expect(flagsOf(doc)).toContain('discount_pressure');
    current.settings = repairSettings({ flags: { discount_pressure: false, free_extras: false } });
    await v.refresh();
    expect(flagsOf(doc)).not.toContain('discount_pressure');
    expect(flagsOf(doc)).not.toContain('free_extras');
    expect(flagsOf(doc).length).toBeGreaterThan(0);
  });

  test('when Gmail removes the banner, it asks for a redraw, a few times at most', async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    await v.update(readEmail(doc));
    expect(v.needsRedraw()).toBe(false);
    let redraws = 0;
    for (let i = 0; i < 10; i++) {
      banners(doc)[0]?.remove();
      if (v.needsRedraw()) {
        redraws++;
        await v.update(readEmail(doc));
      }
    }
    expect(redraws).toBe(5);
  });

  test("switching Gmail's theme under the banner asks for a redraw in the new theme", async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    await v.update(readEmail(doc));
    expect(banners(doc)[0]!.getAttribute('data-theme')).toBe('light');
    expect(v.needsRedraw()).toBe(false);
    (doc.body as HTMLElement).style.backgroundColor = 'rgb(32, 33, 36)';
    expect(v.needsRedraw()).toBe(true);
    await v.update(readEmail(doc));
    expect(banners(doc)[0]!.getAttribute('data-theme')).toBe('dark');
    expect(v.needsRedraw()).toBe(false);
  });

  test('the popup gets the email and the same analysis', async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    const email = readEmail(doc);
    await v.update(email);
    const answer = await v.analyse(readEmail(doc));
    expect(answer.email).toEqual(email);
    expect(answer.analysis!.flags.map((f) => f.id)).toEqual(flagsOf(doc));
    const none: ReadEmailResult = { ok: false, reason: 'no-thread' };
    expect(await v.analyse(none)).toEqual({ email: none });
  });

  test('a hostile email: drawn as text, nothing of it runs', async () => {
    const { doc } = gmail('thread-hostile');
    const { v } = view(doc);
    await v.update(readEmail(doc));
    const root = banners(doc)[0]!.shadowRoot!;
    expect(root.querySelector('img, b, script, a')).toBeNull();
    expect(root.textContent).toContain('From <script>window.__kalmPwned=1</script><b>Mallory</b>');
  });
});

describe('while the background analyses', () => {
  test('nothing is drawn before the answer; then the banner and the count', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const held = heldBackground();
    const { v, counts } = view(doc, repairSettings({}), held.run);
    const drawn = v.update(readEmail(doc), new AbortController().signal);
    await settle();
    expect(banners(doc)).toHaveLength(0);
    expect(counts).toEqual([]);
    held.answer(0);
    await drawn;
    expect(flagsOf(doc).length).toBeGreaterThan(0);
    expect(highlighted(highlights).length).toBeGreaterThan(0);
    expect(counts).toEqual([flagsOf(doc).length]);
  });

  test("an email left while its analysis is under way never shows its banner over the next one", async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const held = heldBackground();
    const { v, counts } = view(doc, repairSettings({}), held.run);
    const first = new AbortController();
    const firstDrawn = v.update(readEmail(doc), first.signal);

    // The user opens the Dutch thread before the English one is analysed.
    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    first.abort();
    const secondDrawn = v.update(readEmail(doc), new AbortController().signal);
    held.answer(1);
    await secondDrawn;
    const dutch = { flags: flagsOf(doc), painted: highlighted(highlights).sort(), counts: [...counts] };
    expect(banners(doc)).toHaveLength(1);
    expect(banners(doc)[0]!.closest('.adn')!.getAttribute('data-message-id')).toBe('#msg-f:1801410000000000002');

    // The English answer arrives late: it changes nothing (neither draws nor clears).
    held.answer(0);
    await firstDrawn;
    await settle();
    expect(banners(doc)).toHaveLength(1);
    expect(flagsOf(doc)).toEqual(dutch.flags);
    expect(highlighted(highlights).sort()).toEqual(dutch.painted);
    expect(counts).toEqual(dutch.counts);
  });

  test("the last email's banner and highlights go as soon as the next email is read, not when it is analysed", async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const held = heldBackground();
    const { v } = view(doc, repairSettings({}), held.run);
    const first = new AbortController();
    const drawn = v.update(readEmail(doc), first.signal);
    held.answer(0);
    await drawn;
    expect(highlighted(highlights).length).toBeGreaterThan(0);

    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    first.abort();
    void v.update(readEmail(doc), new AbortController().signal);
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
  });

  test('the watch stopping while an analysis is under way: nothing is drawn when it arrives', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const held = heldBackground();
    const { v } = view(doc, repairSettings({}), held.run);
    const read = new AbortController();
    const drawn = v.update(readEmail(doc), read.signal);
    read.abort();
    v.dispose();
    held.answer(0);
    await drawn;
    await settle();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
  });

  test('settings changed while an analysis is under way: the answer for the old settings is not drawn over the new one', async () => {
    const { doc } = gmail('thread-demanding-en');
    const held = heldBackground();
    const { v, current } = view(doc, repairSettings({}), held.run);
    const drawn = v.update(readEmail(doc), new AbortController().signal);
    current.settings = repairSettings({ flags: { discount_pressure: false } });
    const redrawn = v.refresh();
    held.answer(1);
    await redrawn;
    expect(flagsOf(doc)).not.toContain('discount_pressure');
    held.answer(0);
    await drawn;
    expect(flagsOf(doc)).not.toContain('discount_pressure');
    expect(flagsOf(doc).length).toBeGreaterThan(0);
  });

  test('no answer from the background (Kalm was reloaded): nothing drawn, the popup gets the email without analysis', async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v, counts } = view(doc, repairSettings({}), async () => {
      throw new Error('Extension context invalidated.');
    });
    await v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(0);
    expect(counts).toEqual([0]);
    const answer = await v.analyse(readEmail(doc));
    expect(answer.email.ok).toBe(true);
    expect(answer.analysis).toBeUndefined();
  });
});
