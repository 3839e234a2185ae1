// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { accountEmail, readEmail } from '../../../src/content/gmail/read-email';
import { CASES, GMAIL, caseNamed, threadUrl } from '../../fixtures/gmail/cases';
import { openGmailPage, type GmailPage } from '../helpers/gmail-dom';

const open: GmailPage[] = [];
function page(name: string, url?: string): GmailPage {
  const p = openGmailPage(name, url);
  open.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

describe('readEmail on every modelled Gmail page', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
    const { document } = page(fixture.name, fixture.url);
    const result = readEmail(document);
    const expected = fixture.expect;
    if (!expected.ok) {
      expect(result).toEqual({ ok: false, reason: expected.reason });
      return;
    }
    if (!result.ok) throw new Error(`expected an email, got ${JSON.stringify(result)}`);
    expect(result.sender).toEqual(expected.sender);
    expect(result.subject).toBe(expected.subject);
    expect(result.date).toBe(expected.date);
    expect(result.messageId).toBe(expected.messageId);
    expect(result.threadId).toBe(expected.threadId);
    if (typeof expected.body === 'string') {
      expect(result.body).toBe(expected.body);
    } else {
      expect(result.body.startsWith(expected.body.startsWith)).toBe(true);
      expect(result.body.endsWith(expected.body.endsWith)).toBe(true);
      expect(result.body.length).toBeGreaterThan(expected.body.minLength);
    }
    for (const text of expected.notInBody ?? []) expect(result.body).not.toContain(text);
  });
});

describe('readEmail edge cases', () => {
  test('outside Gmail it says so', () => {
    const { document } = page('thread-one-message', 'https://example.com/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv');
    expect(readEmail(document)).toEqual({ ok: false, reason: 'not-gmail' });
  });

  test('in the preview pane a thread is read although the URL names no thread', () => {
    const { document } = page('thread-one-message', `${GMAIL}#inbox`);
    const result = readEmail(document);
    expect(result.ok && result.subject).toBe('Logo revisions');
  });

  test('a thread URL with nothing drawn yet is "loading", a list URL is "no thread"', () => {
    expect(readEmail(page('inbox', threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv')).document)).toEqual({ ok: false, reason: 'loading' });
    expect(readEmail(page('inbox', `${GMAIL}#inbox`).document)).toEqual({ ok: false, reason: 'no-thread' });
  });

  test('when every message is the user\'s own, it says so', () => {
    const { document } = page('thread-reply-from-me-last');
    document.querySelectorAll('[role="listitem"] h3 [email]').forEach((el) => el.setAttribute('email', 'sam@example.com'));
    expect(readEmail(document)).toEqual({ ok: false, reason: 'only-own-messages' });
  });

  test('without a known account the latest message is read', () => {
    const { document } = page('thread-reply-from-me-last');
    document.title = 'Gmail';
    document.querySelector('a[aria-label][href^="https://accounts.google.com/SignOutOptions"]')?.remove();
    const result = readEmail(document);
    expect(result.ok && result.sender.email).toBe('sam@example.com');
  });

  test('a message header without a sender is passed over', () => {
    const { document } = page('thread-several-messages');
    const items = document.querySelectorAll('[role="listitem"]');
    items[2]!.querySelector('h3 [email]')!.remove();
    const result = readEmail(document);
    expect(result.ok && result.messageId).toBe('msg-f:1801240000000000001');
  });

  test("Gmail's quote is left out by its markup, whatever language its header line is in", () => {
    const { document } = page('thread-several-messages');
    // A French Gmail header: no English or Dutch text rule would catch it.
    document.querySelectorAll('.gmail_attr').forEach((el) => (el.textContent = 'Le mar. 4 juin 2024 à 09:30, Sam a écrit :'));
    // Without a sign-off, so the signature rule cannot cut the quote off either.
    const latest = document.querySelectorAll('.a3s')[2]!;
    latest.querySelectorAll(':scope > div > div').forEach((el) => {
      if (el.textContent === 'Thanks,' || el.textContent === 'Alex') el.remove();
    });
    const result = readEmail(document);
    expect(result.ok && result.body).toBe("Hi Sam,\n\nWhile you're at it, could you also write the About page? It should be included in the price.");
    expect(result.ok && result.body).not.toContain('a écrit');
  });

  test('a sender address is lower-cased and a missing name falls back to the shown text', () => {
    const { document } = page('thread-one-message');
    const sender = document.querySelector('h3 [email]')!;
    sender.setAttribute('email', 'Alex@Client.Example');
    sender.removeAttribute('name');
    const result = readEmail(document);
    expect(result.ok && result.sender).toEqual({ name: 'Alex Morgan', email: 'alex@client.example' });
  });

  test('an error inside reading becomes a result, not an exception', () => {
    const { document } = page('thread-one-message');
    const broken = new Proxy(document, {
      get(target, key) {
        if (key === 'querySelectorAll') return () => { throw new Error('boom'); };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    expect(readEmail(broken, threadUrl('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv'))).toEqual({ ok: false, reason: 'unexpected', detail: 'boom' });
  });

  test('the 1 MB body is read in well under a second or two', () => {
    const fixture = caseNamed('thread-huge-body');
    const { document } = page(fixture.name, fixture.url);
    const started = performance.now();
    const result = readEmail(document);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('accountEmail', () => {
  test('comes from the title, the last address in it', () => {
    const { document } = page('thread-one-message');
    document.title = 'Invoice for alex@client.example - sam@example.com - Gmail';
    expect(accountEmail(document)).toBe('sam@example.com');
  });
  test('falls back to the account button', () => {
    const { document } = page('thread-one-message');
    document.title = 'Gmail';
    expect(accountEmail(document)).toBe('sam@example.com');
  });
  test('is undefined when nothing shows it', () => {
    const { document } = page('loading');
    expect(accountEmail(document)).toBeUndefined();
  });
});
