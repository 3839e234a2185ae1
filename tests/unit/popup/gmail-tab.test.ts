import { describe, expect, test } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { chooseGmailTab, requestedTabId } from '../../../src/popup/gmail-tab';

const tab = (id: number, url: string, lastAccessed?: number, active = false): Tabs.Tab => ({
  id,
  url,
  lastAccessed,
  active,
  index: id,
  highlighted: active,
  pinned: false,
  incognito: false,
});
const gmailA = tab(1, 'https://mail.google.com/mail/u/0/#inbox', 100);
const gmailB = tab(2, 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmKqwlnJNTHLSbdnRcLv', 300);
const gmailC = tab(3, 'https://mail.google.com/mail/u/0/#sent', 200);
const other = tab(9, 'https://example.com/', 999, true);

describe('chooseGmailTab', () => {
  test('the requested tab, when it is a Gmail tab', () => {
    expect(chooseGmailTab([gmailA, gmailB, gmailC], { requestedTabId: 3, activeTab: gmailA })?.id).toBe(3);
  });
  test('the active tab when it is Gmail (the toolbar popup)', () => {
    expect(chooseGmailTab([gmailA, gmailB, gmailC], { activeTab: gmailA })?.id).toBe(1);
  });
  test('else the Gmail tab used most recently', () => {
    expect(chooseGmailTab([gmailA, gmailB, gmailC], { activeTab: other })?.id).toBe(2);
  });
  test('a requested tab that is not Gmail is passed over', () => {
    expect(chooseGmailTab([gmailA, gmailB, other], { requestedTabId: 9, activeTab: other })?.id).toBe(2);
  });
  test('nothing when no Gmail tab is open', () => {
    expect(chooseGmailTab([other], { activeTab: other })).toBeUndefined();
    expect(chooseGmailTab([])).toBeUndefined();
  });
});

describe('requestedTabId', () => {
  test.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['?tab=abc', undefined],
    ['?tab=1e3', undefined],
    ['?tab=-1', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => {
    expect(requestedTabId(search)).toBe(expected);
  });
});
