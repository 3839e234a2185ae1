// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readEmail } from '../../../src/content/gmail/read-email';
import { repairSettings, type Settings } from '../../../src/shared/settings';
import type { ReadEmailResult } from '../../../src/shared/email';
import { caseNamed } from '../../fixtures/gmail/cases';
import { createFakeBrowser } from '../helpers/fake-browser';
import { mainRegionHtml, openGmailPage, type GmailPage } from '../helpers/gmail-dom';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { createEmailView } = await import('../../../src/content/email-view');

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

function view(doc: Document, settings: Settings = repairSettings({})) {
  const counts: number[] = [];
  const current = { settings };
  const v = createEmailView({ doc, settings: () => current.settings, flagsShown: (n) => counts.push(n), openReplies: () => false });
  return { v, counts, current };
}

const banners = (doc: Document) => [...doc.querySelectorAll('[data-testid="kalm-banner"]')];
const flagsOf = (doc: Document) => banners(doc)[0]?.getAttribute('data-flags')?.split(' ') ?? [];
const highlighted = (highlights: Map<string, { ranges: Range[] }>) =>
  [...highlights.entries()].filter(([name]) => name !== 'kalm-evidence-focus').flatMap(([, h]) => h.ranges.map((r) => r.toString()));

describe('what Kalm draws for the open email', () => {
  test('a demanding email: a banner above the message, its words highlighted, the count for the badge', () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(1);
    expect(flagsOf(doc)).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
    expect(counts).toEqual([flagsOf(doc).length]);
    // Above the message text, inside the message.
    const host = banners(doc)[0]!;
    expect(host.nextElementSibling!.classList.contains('a3s')).toBe(true);
    // Exactly the analysis's evidence is painted, over the message's own words.
    const analysis = v.analyse(readEmail(doc)).analysis!;
    const evidence = analysis.flags.flatMap((f) => f.evidence.map((e) => e.text));
    expect(highlighted(highlights).sort()).toEqual(evidence.sort());
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    expect(doc.getElementById('kalm-highlight-style')).not.toBeNull();
  });

  test('a Dutch demanding email gets the banner too', () => {
    const { doc } = gmail('thread-demanding-nl');
    const { v } = view(doc);
    v.update(readEmail(doc));
    expect(flagsOf(doc)).toEqual(expect.arrayContaining(['discount_pressure', 'free_extras', 'deadline_pressure']));
  });

  test('an ordinary email: nothing drawn, the badge cleared', () => {
    const { doc, highlights } = gmail('thread-ordinary');
    const { v, counts } = view(doc);
    v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    expect(counts).toEqual([0]);
  });

  test('moving to another thread and to the inbox replaces, then removes the banner', async () => {
    const { page, doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    const first = new AbortController();
    v.update(readEmail(doc), first.signal);
    const before = banners(doc)[0];

    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    first.abort();
    const second = new AbortController();
    v.update(readEmail(doc), second.signal);
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(1);
    expect(banners(doc)[0]).not.toBe(before);
    expect(banners(doc)[0]!.closest('.adn')!.getAttribute('data-message-id')).toBe('#msg-f:1801410000000000002');

    page.window.location.href = 'https://mail.google.com/mail/u/0/#inbox';
    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('inbox');
    second.abort();
    v.update(readEmail(doc), new AbortController().signal);
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    expect(counts.at(-1)).toBe(0);
  });

  test('reading the same email again keeps one banner in place', async () => {
    const { doc } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    const reads = [new AbortController(), new AbortController(), new AbortController()];
    let previous: AbortController | undefined;
    for (const read of reads) {
      previous?.abort();
      v.update(readEmail(doc), read.signal);
      previous = read;
    }
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(1);
    expect(counts).toHaveLength(1);
  });

  test('a dismissed banner stays away for that email, and comes back for another', () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v, counts } = view(doc);
    v.update(readEmail(doc));
    const hide = banners(doc)[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="kalm-dismiss"]')!;
    hide.click();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
    v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(0);
    // The badge still counts the flags: the email has not changed.
    expect(counts.at(-1)).toBeGreaterThan(0);

    doc.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-demanding-nl');
    v.update(readEmail(doc));
    expect(banners(doc)).toHaveLength(1);
  });

  test('the watch stopping takes everything away', async () => {
    const { doc, highlights } = gmail('thread-demanding-en');
    const { v } = view(doc);
    const read = new AbortController();
    v.update(readEmail(doc), read.signal);
    read.abort();
    await Promise.resolve();
    expect(banners(doc)).toHaveLength(0);
    expect(highlighted(highlights)).toEqual([]);
  });

  test("follows the user's settings: switched-off flags are not shown", () => {
    const { doc } = gmail('thread-demanding-en');
    const { v, current } = view(doc);
    v.update(readEmail(doc));
    expect(flagsOf(doc)).toContain('discount_pressure');
    current.settings = repairSettings({ flags: { discount_pressure: false, free_extras: false } });
    v.refresh();
    expect(flagsOf(doc)).not.toContain('discount_pressure');
    expect(flagsOf(doc)).not.toContain('free_extras');
    expect(flagsOf(doc).length).toBeGreaterThan(0);
  });

  test('when Gmail removes the banner, it asks for a redraw, a few times at most', () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    v.update(readEmail(doc));
    expect(v.needsRedraw()).toBe(false);
    let redraws = 0;
    for (let i = 0; i < 10; i++) {
      banners(doc)[0]?.remove();
      if (v.needsRedraw()) {
        redraws++;
        v.update(readEmail(doc));
      }
    }
    expect(redraws).toBe(5);
  });

  test("switching Gmail's theme under the banner asks for a redraw in the new theme", () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    v.update(readEmail(doc));
    expect(banners(doc)[0]!.getAttribute('data-theme')).toBe('light');
    expect(v.needsRedraw()).toBe(false);
    (doc.body as HTMLElement).style.backgroundColor = 'rgb(32, 33, 36)';
    expect(v.needsRedraw()).toBe(true);
    v.update(readEmail(doc));
    expect(banners(doc)[0]!.getAttribute('data-theme')).toBe('dark');
    expect(v.needsRedraw()).toBe(false);
  });

  test('the popup gets the email and the same analysis', () => {
    const { doc } = gmail('thread-demanding-en');
    const { v } = view(doc);
    const email = readEmail(doc);
    v.update(email);
    const answer = v.analyse(readEmail(doc));
    expect(answer.email).toEqual(email);
    expect(answer.analysis!.flags.map((f) => f.id)).toEqual(flagsOf(doc));
    const none: ReadEmailResult = { ok: false, reason: 'no-thread' };
    expect(v.analyse(none)).toEqual({ email: none });
  });

  test('a hostile email: drawn as text, nothing of it runs', () => {
    const { doc } = gmail('thread-hostile');
    const { v } = view(doc);
    v.update(readEmail(doc));
    const root = banners(doc)[0]!.shadowRoot!;
    expect(root.querySelector('img, b, script, a')).toBeNull();
    expect(root.textContent).toContain('From <script>window.__kalmPwned=1</script><b>Mallory</b>');
  });
});
