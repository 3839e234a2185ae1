/**
 * The harness itself: proof that a request leaving for another host is caught and recorded, from
 * a page and from the extension's service worker. Without this, "no foreign request" could be a
 * blind spot rather than a fact.
 */
import { describe, expect, test } from 'vitest';
import { caseNamed } from '../fixtures/gmail/cases';
import { useKalm } from './harness';

// The tests build on each other: the Gmail page of the first is used by the next ones.
const kalm = useKalm('harness', { isolate: false });

describe('the end-to-end harness', () => {
  test('serves the fixture at Gmail\'s address and runs the content script there', async () => {
    const fixture = caseNamed('thread-one-message');
    const gmail = await kalm.openGmail(fixture.name, fixture.url);
    expect(await gmail.title()).toBe('Logo revisions - sam@example.com - Gmail');
    const tabId = await kalm.tabIdOf(gmail);
    await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).toBe('Kalm: email from Alex Morgan');
  });

  test('a request from a page to another host is recorded, flagged and does not get through', async () => {
    const gmail = kalm.context.pages().find((p) => p.url().startsWith('https://mail.google.com/'))!;
    const outcome = await gmail.evaluate(() =>
      fetch('https://tracker.example/collect?x=1').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(kalm.foreignRequests().map((r) => r.url)).toContain('https://tracker.example/collect?x=1');
  });

  test('a fetch to Gmail from a page is flagged too: only the fixture documents may come from there', async () => {
    const gmail = kalm.context.pages().find((p) => p.url().startsWith('https://mail.google.com/'))!;
    await gmail.evaluate(() => fetch('https://mail.google.com/sync/u/0/i/bv').catch(() => undefined));
    expect(kalm.foreignRequests().map((r) => r.url)).toContain('https://mail.google.com/sync/u/0/i/bv');
  });

  test('the extension\'s service worker cannot even start a request to another host (CSP connect-src)', async () => {
    const violated = await kalm.serviceWorker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          self.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          fetch('https://api.example/upload').catch(() => undefined);
          setTimeout(() => resolve('no violation'), 3000);
        }),
    );
    expect(violated).toBe('connect-src');
  });
});
