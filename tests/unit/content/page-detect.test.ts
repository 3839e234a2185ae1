// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import {
  GMAIL_EXAMPLES,
  LIST_EXAMPLES,
  SETTINGS_EXAMPLES,
  THREAD_EXAMPLES,
  findOpenThreadSubject,
  hasOpenThread,
  isGmail,
  isGmailReady,
  isListUrl,
  isSettingsUrl,
  isThreadUrl,
  threadIdFromUrl,
} from '../../../src/content/gmail/page-detect';
import { openGmailPage, type GmailPage } from '../helpers/gmail-dom';

const NOT_GMAIL = [
  'https://example.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv',
  'http://mail.google.com/mail/u/0/#inbox',
  'https://mail.google.com.evil.example/mail/u/0/#inbox',
  'https://calendar.google.com/calendar/u/0/r',
  'chrome-extension://abc/src/popup/index.html',
  'not a url',
  '',
];

/** Each URL predicate with its own examples; the table checks each against everyone else's. */
const PREDICATES = [
  { name: 'isThreadUrl', fn: isThreadUrl, examples: THREAD_EXAMPLES },
  { name: 'isListUrl', fn: isListUrl, examples: LIST_EXAMPLES },
  { name: 'isSettingsUrl', fn: isSettingsUrl, examples: SETTINGS_EXAMPLES },
] as const;

describe('URL predicates', () => {
  test.each(GMAIL_EXAMPLES)('isGmail(%s)', (url) => expect(isGmail(url)).toBe(true));
  test.each(NOT_GMAIL)('not Gmail: %s', (url) => {
    expect(isGmail(url)).toBe(false);
    for (const p of PREDICATES) expect(p.fn(url), p.name).toBe(false);
  });

  for (const predicate of PREDICATES) {
    test.each(predicate.examples)(`${predicate.name} is true on its example %s`, (url) => {
      expect(predicate.fn(url)).toBe(true);
      expect(isGmail(url)).toBe(true);
    });
    const others = PREDICATES.filter((p) => p !== predicate).flatMap((p) => p.examples);
    test.each(others)(`${predicate.name} is false on %s`, (url) => {
      expect(predicate.fn(url)).toBe(false);
    });
  }

  test('a long label name is not a thread id', () => {
    expect(isThreadUrl('https://mail.google.com/mail/u/0/#label/Clients')).toBe(false);
    expect(isThreadUrl('https://mail.google.com/mail/u/0/#label/Clients/Acme')).toBe(false);
    expect(isThreadUrl('https://mail.google.com/mail/u/0/#inbox/p2')).toBe(false);
  });

  test('threadIdFromUrl', () => {
    expect(threadIdFromUrl(THREAD_EXAMPLES[0]!)).toBe('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv');
    expect(threadIdFromUrl(THREAD_EXAMPLES[6]!)).toBe('FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv');
    expect(threadIdFromUrl(LIST_EXAMPLES[0]!)).toBeUndefined();
  });
});

describe('DOM predicates on the modelled pages', () => {
  const open: GmailPage[] = [];
  const doc = (name: string) => {
    const p = openGmailPage(name);
    open.push(p);
    return p.document;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });

  test.each([
    ['loading', false, false],
    ['inbox', true, false],
    ['settings', true, false],
    ['thread-one-message', true, true],
    ['thread-no-message', true, true],
    ['thread-stale-view', true, true],
  ])('%s: ready %s, thread open %s', (name, ready, thread) => {
    const d = doc(name);
    expect(isGmailReady(d)).toBe(ready);
    expect(hasOpenThread(d)).toBe(thread);
  });

  test('the visible thread wins over a hidden stale one', () => {
    expect(findOpenThreadSubject(doc('thread-stale-view'))?.textContent).toBe('Invoice reminder');
  });

  test('a thread whose view is hidden is not open', () => {
    const d = doc('thread-one-message');
    (d.querySelector('.a98') as HTMLElement).style.display = 'none';
    expect(hasOpenThread(d)).toBe(false);
  });
});
