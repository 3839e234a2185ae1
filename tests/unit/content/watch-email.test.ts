// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchOpenEmail } from '../../../src/content/gmail/watch-email';
import type { ReadEmailResult } from '../../../src/shared/email';
import { GMAIL, threadUrl } from '../../fixtures/gmail/cases';
import { mainRegionHtml, openGmailPage, type GmailPage } from '../helpers/gmail-dom';

interface Seen {
  result: ReadEmailResult;
  signal: AbortSignal;
}

const open: GmailPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function start(name: string, url = `${GMAIL}#inbox`) {
  const page = openGmailPage(name, url);
  open.push(page);
  const seen: Seen[] = [];
  const controller = new AbortController();
  watchOpenEmail(page.document, {
    signal: controller.signal,
    onChange: (result, signal) => seen.push({ result, signal }),
    debounceMs: 10,
    maxWaitMs: 100,
  });
  const subjects = () => seen.map(({ result }) => (result.ok ? result.subject : `!${result.reason}`));
  return { page, seen, controller, subjects };
}

/** What Gmail does on navigation: change the hash first, draw the new thread a moment later. */
async function navigate(page: GmailPage, url: string, fixture: string) {
  page.window.location.href = url;
  await new Promise((r) => setTimeout(r, 30));
  page.document.querySelector('[role="main"]')!.innerHTML = mainRegionHtml(fixture);
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('watchOpenEmail follows Gmail', () => {
  test('reads once at the start', () => {
    const { subjects } = start('thread-one-message');
    expect(subjects()).toEqual(['Logo revisions']);
  });

  test('inbox → thread → another thread: one read each, the old one aborted', async () => {
    const { page, seen, subjects } = start('inbox');
    expect(subjects()).toEqual(['!no-thread']);
    // Between the hash change and the drawing, the URL names a thread that is not there yet.
    const drawn = () => subjects().filter((s) => s !== '!loading');

    await navigate(page, threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv'), 'thread-one-message');
    await vi.waitFor(() => expect(drawn()).toEqual(['!no-thread', 'Logo revisions']));
    const first = seen.at(-1)!;
    expect(seen.slice(0, -1).every((s) => s.signal.aborted)).toBe(true);
    expect(first.signal.aborted).toBe(false);

    await navigate(page, threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcMc'), 'thread-dutch');
    await vi.waitFor(() => expect(drawn()).toEqual(['!no-thread', 'Logo revisions', 'Re: Offerte nieuwe website']));
    expect(first.signal.aborted).toBe(true);
    const last = seen.at(-1)!;
    expect(last.signal.aborted).toBe(false);
    expect(last.result.ok && last.result.sender.email).toBe('jan@bakkerij-jansen.example');
  });

  test('the hash alone changes nothing until Gmail draws the thread', async () => {
    const { page, subjects } = start('inbox');
    page.window.location.href = threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv');
    await settle();
    expect(subjects()).toEqual(['!no-thread', '!loading']);
    page.document.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-one-message');
    await vi.waitFor(() => expect(subjects().at(-1)).toBe('Logo revisions'));
  });

  test('a thread opened in the preview pane (no hash change) is read', async () => {
    const { page, subjects } = start('inbox');
    page.document.querySelector('[role="main"]')!.insertAdjacentHTML('beforeend', mainRegionHtml('thread-one-message'));
    await vi.waitFor(() => expect(subjects()).toEqual(['!no-thread', 'Logo revisions']));
  });

  test('Gmail finishing loading is noticed', async () => {
    const { page, subjects } = start('loading', threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv'));
    expect(subjects()).toEqual(['!loading']);
    const main = page.document.createElement('div');
    main.setAttribute('role', 'main');
    main.innerHTML = mainRegionHtml('thread-one-message');
    page.document.body.appendChild(main);
    await vi.waitFor(() => expect(subjects()).toEqual(['!loading', 'Logo revisions']));
  });

  test('expanding the collapsed client message is noticed', async () => {
    const { page, subjects } = start('thread-client-collapsed');
    expect(subjects()).toEqual(['!collapsed']);
    // Gmail swaps the collapsed item for the expanded one.
    const expanded = openGmailPage('thread-reply-from-me-last');
    open.push(expanded);
    const items = page.document.querySelectorAll('[role="listitem"]');
    items[0]!.outerHTML = expanded.document.querySelectorAll('[role="listitem"]')[0]!.outerHTML;
    await vi.waitFor(() => expect(subjects()).toEqual(['!collapsed', 'Re: Quote']));
  });

  test('changes that do not change the email cause no new read', async () => {
    const { page, subjects } = start('thread-one-message');
    const subject = page.document.querySelector('h2')!;
    subject.classList.add('hover');
    page.document.body.appendChild(page.document.createElement('div'));
    (page.document.querySelector('.go') as HTMLElement).style.color = 'red';
    await settle();
    expect(subjects()).toEqual(['Logo revisions']);
  });

  test('stopping disconnects everything and aborts the current read', async () => {
    const { page, seen, controller, subjects } = start('inbox');
    controller.abort();
    expect(seen[0]!.signal.aborted).toBe(true);
    await navigate(page, threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv'), 'thread-one-message');
    await settle();
    expect(subjects()).toEqual(['!no-thread']);
  });

  test('a busy page still gets read within the longest wait', async () => {
    const { page, subjects } = start('inbox');
    page.document.querySelector('[role="main"]')!.innerHTML = mainRegionHtml('thread-one-message');
    // Keep mutating every 5 ms, shorter than the 10 ms quiet time, until the read comes:
    // only the 100 ms longest wait can let it through.
    const noise = page.document.createElement('span');
    page.document.body.appendChild(noise);
    const timer = setInterval(() => noise.setAttribute('class', String(Math.random())), 5);
    try {
      await vi.waitFor(() => expect(subjects()).toEqual(['!no-thread', 'Logo revisions']), { timeout: 1000 });
    } finally {
      clearInterval(timer);
    }
  });

  test('reads the same email again when the view asks for it (Gmail removed the banner)', async () => {
    const page = openGmailPage('thread-one-message', threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv'));
    open.push(page);
    const seen: string[] = [];
    let stale = false;
    const controller = new AbortController();
    watchOpenEmail(page.document, {
      signal: controller.signal,
      onChange: (result) => seen.push(result.ok ? result.subject : `!${result.reason}`),
      debounceMs: 10,
      maxWaitMs: 100,
      needsRefresh: () => stale,
    });
    page.document.body.appendChild(page.document.createElement('div'));
    await settle();
    expect(seen).toEqual(['Logo revisions']);
    stale = true;
    page.document.body.appendChild(page.document.createElement('div'));
    await vi.waitFor(() => expect(seen).toEqual(['Logo revisions', 'Logo revisions']));
    controller.abort();
  });
});
