// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Analysis, Flag } from '../../../src/shared/types';
import { createFakeBrowser } from '../helpers/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { Banner } = await import('../../../src/content/ui/Banner');
const { BannerSlot } = await import('../../../src/content/ui/banner-host');

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

const flag = (id: Flag['id'], severity: Flag['severity'], ...words: string[]): Flag => ({
  id,
  severity,
  score: 0.9,
  evidence: words.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
});

const ANALYSIS: Pick<Analysis, 'flags' | 'truncated'> = {
  flags: [flag('refund_demand', 'high', 'full refund'), flag('discount_pressure', 'medium', 'do it for less', 'half'), flag('excessive_contact', 'low')],
  truncated: false,
};

function props(overrides: Partial<Parameters<typeof Banner>[0]> = {}) {
  return {
    analysis: ANALYSIS,
    senderName: 'Dana Whitfield',
    theme: 'light' as const,
    onDismiss: vi.fn(),
    onOpenReplies: vi.fn(() => false),
    onFocusFlag: vi.fn(),
    onShowEvidence: vi.fn(),
    ...overrides,
  };
}

describe('the banner', () => {
  test('says what the email asks, in plain words, with the words from the email', () => {
    render(<Banner {...props()} />);
    expect(screen.getByRole('heading').textContent).toBe('Kalm noticed 3 things to handle with care in this email');
    expect(screen.getByText('From Dana Whitfield')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-flag'))).toEqual(['refund_demand', 'discount_pressure', 'excessive_contact']);
    expect(within(items[0]!).getByText('Demands money back')).toBeTruthy();
    expect(within(items[0]!).getByText('Serious')).toBeTruthy();
    expect(within(items[1]!).getByText('Asks for a discount on the agreed price')).toBeTruthy();
    expect(within(items[1]!).getAllByRole('button').map((b) => b.textContent)).toEqual(['“do it for less”', '“half”']);
    expect(within(items[2]!).getByText('Mild')).toBeTruthy();
  });

  test('one flag reads as one thing', () => {
    render(<Banner {...props({ analysis: { flags: [ANALYSIS.flags[0]!], truncated: true } })} />);
    expect(screen.getByRole('heading').textContent).toBe('Kalm noticed one thing to handle with care in this email');
    expect(screen.getByText('This email is very long: Kalm read its first part.')).toBeTruthy();
  });

  test('shows a hostile sender name and evidence as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__kalmPwned=1"><b>Mallory</b>';
    const { container } = render(
      <Banner {...props({ senderName: hostile, analysis: { flags: [flag('threat', 'high', '<script>alert(1)</script>')], truncated: false } })} />,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(screen.getByText(`From ${hostile}`)).toBeTruthy();
    expect(screen.getByText('“<script>alert(1)</script>”')).toBeTruthy();
  });

  test('hides on request, and says where the replies are when it cannot open them', async () => {
    const p = props();
    render(<Banner {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide Kalm for this email' }));
    expect(p.onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'See calm replies' }));
    expect(p.onOpenReplies).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Click Kalm in the browser toolbar'));
  });

  test('the same hint when the background answers, a moment later, that it could not open them', async () => {
    render(<Banner {...props({ onOpenReplies: () => new Promise((resolve) => setTimeout(() => resolve(false), 5)) })} />);
    fireEvent.click(screen.getByRole('button', { name: 'See calm replies' }));
    expect(screen.getByRole('status').textContent).toBe('');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Click Kalm in the browser toolbar'));
  });

  test('no hint when the replies opened', async () => {
    let opened!: () => void;
    const onOpenReplies = vi.fn(() => new Promise<boolean>((resolve) => (opened = () => resolve(true))));
    render(<Banner {...props({ onOpenReplies })} />);
    fireEvent.click(screen.getByRole('button', { name: 'See calm replies' }));
    opened();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onOpenReplies).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('points at a flag\'s words when the user points at the flag or its quote', () => {
    const p = props();
    render(<Banner {...p} />);
    const item = screen.getAllByRole('listitem')[1]!;
    fireEvent.mouseEnter(item);
    expect(p.onFocusFlag).toHaveBeenLastCalledWith('discount_pressure');
    fireEvent.mouseLeave(item);
    expect(p.onFocusFlag).toHaveBeenLastCalledWith(null);
    fireEvent.click(within(item).getByText('“half”'));
    expect(p.onShowEvidence).toHaveBeenCalledWith('discount_pressure', 1);
  });
});

describe('the banner host in the page', () => {
  const place = () => {
    const parent = document.createElement('div');
    const message = document.createElement('div');
    message.className = 'a3s';
    parent.append(message);
    document.body.append(parent);
    return { parent, before: message };
  };

  test('is one element with an open shadow root, before the message, naming the flags', () => {
    const slot = new BannerSlot(document);
    const where = place();
    const host = slot.show(where, 'msg-1', props());
    expect(host.getAttribute('data-testid')).toBe('kalm-banner');
    expect(host.getAttribute('data-flags')).toBe('refund_demand discount_pressure excessive_contact');
    expect(host.nextSibling).toBe(where.before);
    expect(host.shadowRoot).toBeTruthy();
    expect(host.shadowRoot!.textContent).toContain('Demands money back');
    // Gmail's page sees only the host, no text of Kalm's.
    expect(where.parent.textContent).toBe('');
  });

  test('never duplicates: the same email re-renders in place, another email replaces it, strays go', () => {
    const slot = new BannerSlot(document);
    const where = place();
    const stray = document.createElement('kalm-banner');
    document.body.append(stray);
    const first = slot.show(where, 'msg-1', props());
    const again = slot.show(where, 'msg-1', props({ analysis: { flags: [ANALYSIS.flags[0]!], truncated: false } }));
    expect(again).toBe(first);
    expect(first.getAttribute('data-flags')).toBe('refund_demand');
    const other = slot.show(place(), 'msg-2', props());
    expect(other).not.toBe(first);
    expect(document.querySelectorAll('kalm-banner')).toHaveLength(1);
    expect(first.isConnected).toBe(false);
    slot.hide();
    expect(document.querySelectorAll('kalm-banner')).toHaveLength(0);
  });

  test('keeps key presses and clicks inside, away from Gmail\'s shortcuts', async () => {
    const slot = new BannerSlot(document);
    const host = slot.show(place(), 'msg-1', props());
    const seen: string[] = [];
    for (const type of ['keydown', 'click']) document.addEventListener(type, () => seen.push(type));
    const button = host.shadowRoot!.querySelector('button.primary')!;
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    (button as HTMLButtonElement).click();
    expect(seen).toEqual([]);
    // The click still worked inside the banner.
    await vi.waitFor(() => expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent).not.toBe(''));
  });

  test('follows the theme', () => {
    const slot = new BannerSlot(document);
    const host = slot.show(place(), 'msg-1', props({ theme: 'dark' }));
    expect(host.getAttribute('data-theme')).toBe('dark');
    expect(host.shadowRoot!.querySelector('.kalm')!.getAttribute('data-theme')).toBe('dark');
  });
});
