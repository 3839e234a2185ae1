// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { EmailSource, PopupState } from '../../../src/popup/email-source';
import type { ReadEmailOk } from '../../../src/shared/email';
import { createFakeBrowser } from '../helpers/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { App } = await import('../../../src/popup/App');

afterEach(cleanup);

const EMAIL: ReadEmailOk = {
  ok: true,
  sender: { name: 'Alex Morgan', email: 'alex@client.example' },
  subject: 'Logo revisions',
  date: 'Mon, 3 Jun 2024, 10:15',
  body: 'Hi Sam,\n\nCould you send two more variations by Friday?',
  messageId: 'msg-f:1',
  threadId: 'thread-f:1',
};

/** A source whose answers the test controls, and that can announce a change. */
function source(...states: PopupState[]) {
  let notify: (() => void) | undefined;
  const load = vi.fn(async () => states.shift() ?? { kind: 'no-gmail-tab' as const });
  const unsubscribe = vi.fn();
  const s: EmailSource = {
    load,
    subscribe: (onChange) => {
      notify = onChange;
      return unsubscribe;
    },
  };
  return { source: s, load, unsubscribe, change: () => notify?.() };
}

const popup = () => screen.getByTestId('popup');

describe('popup', () => {
  test('says it is reading, then shows sender, subject, date and the first lines', async () => {
    const { source: s } = source({ kind: 'read', result: EMAIL });
    render(<App source={s} />);
    expect(screen.getByRole('status').textContent).toBe('Reading the open email…');
    await waitFor(() => expect(popup().dataset.state).toBe('email'));
    expect(screen.getByTestId('sender-name').textContent).toBe('Alex Morgan');
    expect(screen.getByTestId('sender-email').textContent).toBe('<alex@client.example>');
    expect(screen.getByTestId('subject').textContent).toBe('Logo revisions');
    expect(screen.getByTestId('date').textContent).toBe('Mon, 3 Jun 2024, 10:15');
    expect(screen.getByTestId('first-lines').textContent).toBe('Hi Sam,\n\nCould you send two more variations by Friday?');
  });

  test.each([
    [{ kind: 'no-gmail-tab' }, 'no-gmail-tab', 'Open Gmail in a tab'],
    [{ kind: 'not-connected' }, 'not-connected', 'Reload the Gmail tab'],
    [{ kind: 'read', result: { ok: false, reason: 'no-thread' } }, 'failed:no-thread', 'No email is open'],
    [{ kind: 'read', result: { ok: false, reason: 'loading' } }, 'failed:loading', 'still loading'],
    [{ kind: 'read', result: { ok: false, reason: 'no-message' } }, 'failed:no-message', 'found no message'],
    [{ kind: 'read', result: { ok: false, reason: 'collapsed' } }, 'failed:collapsed', 'is collapsed'],
    [{ kind: 'read', result: { ok: false, reason: 'only-own-messages' } }, 'failed:only-own-messages', 'yours'],
    [{ kind: 'read', result: { ok: false, reason: 'unexpected', detail: 'x' } }, 'failed:unexpected', 'could not read'],
  ] as Array<[PopupState, string, string]>)('%j says so plainly', async (state, name, words) => {
    render(<App source={source(state).source} />);
    await waitFor(() => expect(popup().dataset.state).toBe(name));
    expect(screen.getByTestId('status-message').textContent).toContain(words);
  });

  test('an email with no text of its own says so', async () => {
    render(<App source={source({ kind: 'read', result: { ...EMAIL, body: '' } }).source} />);
    await waitFor(() => expect(screen.getByTestId('empty-body').textContent).toContain('no text of its own'));
  });

  test('a long email shows its start and how many lines follow', async () => {
    const body = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    render(<App source={source({ kind: 'read', result: { ...EMAIL, body } }).source} />);
    await waitFor(() => expect(screen.getByTestId('more-lines').textContent).toBe('…and 14 more lines.'));
  });

  test('HTML and script in the email are shown as text, never as markup', async () => {
    const hostile: ReadEmailOk = {
      ...EMAIL,
      sender: { name: '<img src=x onerror="window.__kalmPwned=1"> Mallory', email: 'mallory@evil.example' },
      subject: '<script>window.__kalmPwned=1</script> Urgent',
      body: '<b>not bold</b>\n<script>window.__kalmPwned=1</script>',
    };
    render(<App source={source({ kind: 'read', result: hostile }).source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('email'));
    expect(screen.getByTestId('sender-name').textContent).toBe(hostile.sender.name);
    expect(screen.getByTestId('subject').textContent).toBe(hostile.subject);
    expect(popup().querySelectorAll('script, b').length).toBe(0);
    expect(popup().querySelectorAll('img').length).toBe(1); // Kalm's own logo
    expect((globalThis as { __kalmPwned?: unknown }).__kalmPwned).toBeUndefined();
  });

  test('follows the tab: a change announcement loads again', async () => {
    const s = source({ kind: 'read', result: EMAIL }, { kind: 'read', result: { ...EMAIL, subject: 'Second thread' } });
    render(<App source={s.source} />);
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Logo revisions'));
    s.change();
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Second thread'));
    expect(s.load).toHaveBeenCalledTimes(2);
  });

  test('an older answer arriving late does not overwrite a newer one', async () => {
    let releaseFirst!: (state: PopupState) => void;
    const first = new Promise<PopupState>((resolve) => (releaseFirst = resolve));
    let call = 0;
    let notify!: () => void;
    const s: EmailSource = {
      load: () => (++call === 1 ? first : Promise.resolve({ kind: 'read', result: { ...EMAIL, subject: 'Newer' } })),
      subscribe: (onChange) => ((notify = onChange), () => {}),
    };
    render(<App source={s} />);
    notify();
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Newer'));
    releaseFirst({ kind: 'read', result: { ...EMAIL, subject: 'Older' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('subject').textContent).toBe('Newer');
  });

  test('a failing source reads as "cannot reach", and closing unsubscribes', async () => {
    const s = source();
    s.load.mockRejectedValueOnce(new Error('gone'));
    const { unmount } = render(<App source={s.source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('not-connected'));
    unmount();
    // Preact runs effect clean-ups after the unmount has been rendered.
    await waitFor(() => expect(s.unsubscribe).toHaveBeenCalledOnce());
  });
});
