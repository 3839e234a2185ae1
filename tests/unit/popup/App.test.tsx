// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { InsertOutcome, PopupSource, PopupState } from '../../../src/popup/source';
import type { ReadEmailOk } from '../../../src/shared/email';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../../src/shared/settings';
import type { Analysis } from '../../../src/shared/types';
import { createFakeBrowser } from '../helpers/fake-browser';
import { DEMANDING, DUTCH, DUTCH_EMAIL, EMAIL, ORDINARY } from './samples';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser().browser }));
const { App } = await import('../../../src/popup/App');

afterEach(cleanup);

interface FakeOptions {
  states?: PopupState[];
  settings?: Settings;
  analyze?: (text: string) => Promise<Analysis>;
  insert?: (text: string) => Promise<InsertOutcome>;
}

/** A source whose answers the test controls, and that can announce a change. */
function fake({ states = [], settings = repairSettings({}), analyze, insert }: FakeOptions = {}) {
  let notify: (() => void) | undefined;
  let settingsListener: ((s: Settings) => void) | undefined;
  const source = {
    prefetch: vi.fn(),
    load: vi.fn(async (): Promise<PopupState> => states.shift() ?? { kind: 'no-gmail-tab' }),
    subscribe: vi.fn((onChange: () => void) => {
      notify = onChange;
      return unsubscribe;
    }),
    analyzeText: vi.fn(analyze ?? (async () => DEMANDING)),
    insertReply: vi.fn(insert ?? (async (): Promise<InsertOutcome> => ({ ok: true }))),
    loadSettings: vi.fn(async () => settings),
    onSettingsChanged: vi.fn((listener: (s: Settings) => void) => {
      settingsListener = listener;
      return () => {};
    }),
    openOptions: vi.fn(),
  } satisfies PopupSource;
  const unsubscribe = vi.fn();
  return {
    source,
    unsubscribe,
    change: () => notify?.(),
    changeSettings: (next: Settings) => settingsListener?.(next),
  };
}

const read = (result: ReadEmailOk, analysis?: Analysis): PopupState => ({ kind: 'read', result, analysis });
const popup = () => screen.getByTestId('popup');
const replyText = () => screen.getByTestId<HTMLTextAreaElement>('reply-text');
const type = (el: HTMLTextAreaElement, value: string) => fireEvent.input(el, { target: { value } });

describe('popup: the open email', () => {
  test('says it is reading, then shows sender, subject, date and the first lines', async () => {
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    expect(screen.getByRole('status').textContent).toBe('Reading the open email…');
    await waitFor(() => expect(popup().dataset.state).toBe('email'));
    expect(screen.getByTestId('sender-name').textContent).toBe('Alex Morgan');
    expect(screen.getByTestId('sender-email').textContent).toBe('<alex@client.example>');
    expect(screen.getByTestId('subject').textContent).toBe('Logo revisions');
    expect(screen.getByTestId('date').textContent).toBe('Mon, 3 Jun 2024, 10:15');
    expect(screen.getByTestId('first-lines').textContent).toContain('Your quote is too expensive.');
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
  ] as Array<[PopupState, string, string]>)('%j says so plainly and offers the paste box', async (state, name, words) => {
    render(<App source={fake({ states: [state] }).source} />);
    await waitFor(() => expect(popup().dataset.state).toBe(name));
    expect(screen.getByTestId('status-message').textContent).toContain(words);
    expect(screen.getByLabelText("Paste the client's email here")).toBeTruthy();
    expect(screen.queryByTestId('flag')).toBeNull();
  });

  test('each flag in plain words, with its evidence, how serious it is and why it matters', async () => {
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    await waitFor(() => expect(screen.getAllByTestId('flag')).toHaveLength(3));
    const flags = screen.getAllByTestId('flag');
    expect(flags.map((f) => f.dataset.flag)).toEqual(['discount_pressure', 'free_extras', 'deadline_pressure']);
    const discount = within(flags[0]!);
    expect(flags[0]!.textContent).toContain('Asks for a discount on the agreed price');
    expect(discount.getAllByTestId('evidence').map((q) => q.textContent)).toEqual(['too expensive', 'Can you do it for 30% less?']);
    expect(discount.getByTestId('severity').textContent).toBe('Worth a look');
    expect(discount.getByTestId('why').textContent).toContain('smaller scope');
    expect(flags[2]!.textContent).toContain('Pushes for an unrealistic deadline');
  });

  test('three replies as tabs; the first is selected and shown in the text area', async () => {
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    await waitFor(() => expect(screen.getByRole('tablist')).toBeTruthy());
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.dataset.testid)).toEqual(['tone-warm', 'tone-firm', 'tone-part']);
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Warm', 'Firm', 'Part ways']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    const warm = replyText().value;
    expect(warm).toMatch(/^(Hi|Dear|Hello) Alex/);
    fireEvent.click(screen.getByTestId('tone-part'));
    expect(replyText().value).not.toBe(warm);
    expect(screen.getByTestId('tone-part').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tone-part');
  });

  test('replies are in the email language, and the reply is signed with the saved settings', async () => {
    const settings = repairSettings({ name: 'Sam de Boer', businessName: 'Studio Boer' });
    render(<App source={fake({ states: [read(DUTCH_EMAIL, DUTCH)], settings }).source} />);
    await waitFor(() => expect(screen.getByTestId('replies').dataset.lang).toBe('nl'));
    expect(replyText().value).toMatch(/Jan/);
    expect(replyText().value).toMatch(/Sam de Boer/);
    expect(replyText().getAttribute('lang')).toBe('nl');
    // The UI itself stays in the browser's language.
    expect(screen.getByTestId('tone-firm').textContent).toBe('Firm');
  });

  test('edit, then Insert: the edited text is sent and the outcome is said', async () => {
    const f = fake({ states: [read(EMAIL, DEMANDING)] });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    type(replyText(), 'Hi Alex,\n\nMy own words.');
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toBe('Inserted — review before sending'));
    expect(f.source.insertReply).toHaveBeenCalledExactlyOnceWith('Hi Alex,\n\nMy own words.');
  });

  test.each([
    ['no-reply-box', "could not open Gmail's reply box"],
    ['no-thread', 'No email is open in Gmail'],
    ['timeout', 'did not open in time'],
    ['unexpected', 'copy it instead'],
    ['not-connected', 'cannot reach the Gmail tab'],
  ] as const)('a failed Insert (%s) says so plainly and keeps the reply', async (reason, words) => {
    const f = fake({ states: [read(EMAIL, DEMANDING)], insert: async () => ({ ok: false, reason }) });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    type(replyText(), 'Keep this.');
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toContain(words));
    expect(replyText().value).toBe('Keep this.');
  });

  test('Insert with an emptied reply sends nothing', async () => {
    const f = fake({ states: [read(EMAIL, DEMANDING)] });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    type(replyText(), '   ');
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toContain('nothing to insert'));
    expect(f.source.insertReply).not.toHaveBeenCalled();
  });

  test('edits are kept per tone while switching, and can be undone', async () => {
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    await waitFor(() => replyText());
    const warm = replyText().value;
    type(replyText(), 'Edited warm');
    fireEvent.click(screen.getByTestId('tone-firm'));
    const firm = replyText().value;
    expect(firm).not.toBe('Edited warm');
    fireEvent.click(screen.getByTestId('tone-warm'));
    expect(replyText().value).toBe('Edited warm');
    fireEvent.click(screen.getByTestId('reset-reply'));
    expect(replyText().value).toBe(warm);
    expect(screen.queryByTestId('reset-reply')).toBeNull();
  });

  test('Copy puts the edited text on the clipboard', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    await waitFor(() => replyText());
    type(replyText(), 'Copy me');
    fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith('Copy me');
  });

  test('a refused clipboard says how to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    const exec = vi.fn(() => false);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
    await waitFor(() => replyText());
    fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toContain('Ctrl+C'));
    expect(exec).toHaveBeenCalledWith('copy');
  });

  test('an ordinary email: Kalm says nothing is wrong and offers no reply', async () => {
    render(<App source={fake({ states: [read(EMAIL, ORDINARY)] }).source} />);
    await waitFor(() => expect(screen.getByTestId('no-flags').textContent).toContain('Nothing demanding here'));
    expect(screen.queryByTestId('flag')).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByTestId('insert')).toBeNull();
  });

  test('flags switched off in the settings are not shown nor answered', async () => {
    const settings = repairSettings({ flags: { discount_pressure: false, free_extras: false } });
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)], settings }).source} />);
    await waitFor(() => expect(screen.getAllByTestId('flag').map((f) => f.dataset.flag)).toEqual(['deadline_pressure']));
    const only = repairSettings({ flags: { discount_pressure: false, free_extras: false, deadline_pressure: false } });
    cleanup();
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)], settings: only }).source} />);
    await waitFor(() => expect(screen.getByTestId('no-flags').textContent).toContain('switched off'));
  });

  test('changed settings recompose the replies at once', async () => {
    const f = fake({ states: [read(EMAIL, DEMANDING)] });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    expect(replyText().value).not.toContain('Robin Vos');
    f.changeSettings(repairSettings({ ...DEFAULT_SETTINGS, name: 'Robin Vos' }));
    await waitFor(() => expect(replyText().value).toContain('Robin Vos'));
  });

  test('junk and other languages get a plain sentence, not flags', async () => {
    render(<App source={fake({ states: [read({ ...EMAIL, body: '' }, { ...ORDINARY, text: '', lang: 'other', junk: 'empty' })] }).source} />);
    await waitFor(() => expect(screen.getByTestId('junk').textContent).toContain('no text here'));
    cleanup();
    render(<App source={fake({ states: [read(EMAIL, { ...ORDINARY, lang: 'other' })] }).source} />);
    await waitFor(() => expect(screen.getByTestId('other-language').textContent).toContain('English and Dutch'));
  });

  test('HTML and script in the email are shown as text, never as markup', async () => {
    const hostileText = '<img src=x onerror="window.__kalmPwned=1"> too expensive <script>window.__kalmPwned=1</script>';
    const hostile: ReadEmailOk = {
      ...EMAIL,
      sender: { name: '<img src=x onerror="window.__kalmPwned=1"> Mallory', email: 'mallory@evil.example' },
      subject: '<script>window.__kalmPwned=1</script> Urgent',
      body: hostileText,
    };
    const analysis: Analysis = {
      ...DEMANDING,
      text: hostileText,
      flags: [{ id: 'discount_pressure', score: 0.9, severity: 'medium', evidence: [{ start: 0, end: 42, text: hostileText.slice(0, 42) }] }],
    };
    render(<App source={fake({ states: [read(hostile, analysis)] }).source} />);
    await waitFor(() => expect(screen.getAllByTestId('flag')).toHaveLength(1));
    expect(screen.getByTestId('sender-name').textContent).toBe(hostile.sender.name);
    expect(screen.getByTestId('subject').textContent).toBe(hostile.subject);
    expect(screen.getByTestId('evidence').textContent).toBe(hostileText.slice(0, 42));
    expect(popup().querySelectorAll('script').length).toBe(0);
    expect(popup().querySelectorAll('img').length).toBe(1); // Kalm's own logo
    expect((globalThis as { __kalmPwned?: unknown }).__kalmPwned).toBeUndefined();
  });

  test('follows the tab: a change announcement loads again, and edits of the last email go', async () => {
    const f = fake({ states: [read(EMAIL, DEMANDING), read(DUTCH_EMAIL, DUTCH)] });
    render(<App source={f.source} />);
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Logo revisions'));
    type(replyText(), 'Old edit');
    f.change();
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Offerte'));
    expect(replyText().value).not.toBe('Old edit');
    expect(f.source.load).toHaveBeenCalledTimes(2);
  });

  test('an older answer arriving late does not overwrite a newer one', async () => {
    let releaseFirst!: (state: PopupState) => void;
    const first = new Promise<PopupState>((resolve) => (releaseFirst = resolve));
    let call = 0;
    const f = fake();
    f.source.load.mockImplementation(() => (++call === 1 ? first : Promise.resolve(read({ ...EMAIL, subject: 'Newer' }, DEMANDING))));
    render(<App source={f.source} />);
    f.change();
    await waitFor(() => expect(screen.getByTestId('subject').textContent).toBe('Newer'));
    releaseFirst(read({ ...EMAIL, subject: 'Older' }, DEMANDING));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('subject').textContent).toBe('Newer');
  });

  test('a failing source reads as "cannot reach", and closing unsubscribes', async () => {
    const f = fake();
    f.source.load.mockRejectedValueOnce(new Error('gone'));
    const { unmount } = render(<App source={f.source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('not-connected'));
    unmount();
    await waitFor(() => expect(f.unsubscribe).toHaveBeenCalledOnce());
  });

  test('the settings button opens the settings page', async () => {
    const f = fake();
    render(<App source={f.source} />);
    fireEvent.click(screen.getByTestId('open-settings'));
    expect(f.source.openOptions).toHaveBeenCalledOnce();
  });
});

describe('popup: keyboard', () => {
  beforeEach(() => {
    render(<App source={fake({ states: [read(EMAIL, DEMANDING)] }).source} />);
  });

  test('arrow keys, Home and End move between the tones; only the selected tab is in the tab order', async () => {
    await waitFor(() => replyText());
    const tab = (id: string) => screen.getByTestId(`tone-${id}`);
    tab('warm').focus();
    fireEvent.keyDown(tab('warm'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('firm'));
    expect(tab('firm').getAttribute('aria-selected')).toBe('true');
    expect([tab('warm'), tab('firm'), tab('part')].map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(tab('firm'), { key: 'End' });
    expect(document.activeElement).toBe(tab('part'));
    fireEvent.keyDown(tab('part'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('warm'));
    fireEvent.keyDown(tab('warm'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('part'));
    fireEvent.keyDown(tab('part'), { key: 'Home' });
    expect(tab('warm').getAttribute('aria-selected')).toBe('true');
  });

  test('every control has an accessible name', async () => {
    await waitFor(() => replyText());
    expect(screen.getByLabelText('Reply text (edit it as you like)')).toBe(replyText());
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Tone of the reply');
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim()).not.toBe('');
  });
});

describe('popup: paste and selection', () => {
  test('with no Gmail tab: paste text, Analyse, and get flags and replies to copy (no Insert)', async () => {
    const f = fake({ states: [{ kind: 'no-gmail-tab' }] });
    render(<App source={f.source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('no-gmail-tab'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: DEMANDING.text } });
    fireEvent.click(screen.getByTestId('analyse'));
    await waitFor(() => expect(screen.getAllByTestId('flag')).toHaveLength(3));
    expect(f.source.analyzeText).toHaveBeenCalledWith(DEMANDING.text);
    expect(within(screen.getByTestId('paste-result')).getByTestId('reply-text')).toBeTruthy();
    expect(screen.getByTestId('copy')).toBeTruthy();
    expect(screen.queryByTestId('insert')).toBeNull();
  });

  test('when Gmail could not be read, pasted text can still be inserted into the tab', async () => {
    const f = fake({ states: [read({ ok: false, reason: 'no-message' } as never)] });
    render(<App source={f.source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('failed:no-message'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: DEMANDING.text } });
    fireEvent.submit(screen.getByTestId('paste-text').closest('form')!);
    await waitFor(() => screen.getByTestId('insert'));
    fireEvent.click(screen.getByTestId('insert'));
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toBe('Inserted — review before sending'));
  });

  test('an empty paste, and a failed analysis, say so', async () => {
    const f = fake({ states: [{ kind: 'no-gmail-tab' }], analyze: async () => Promise.reject(new Error('no background')) });
    render(<App source={f.source} />);
    await waitFor(() => screen.getByTestId('analyse'));
    fireEvent.click(screen.getByTestId('analyse'));
    await waitFor(() => expect(screen.getByTestId('paste-status').textContent).toBe('Paste some text first.'));
    expect(f.source.analyzeText).not.toHaveBeenCalled();
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: 'anything' } });
    fireEvent.click(screen.getByTestId('analyse'));
    await waitFor(() => expect(screen.getByTestId('paste-status').textContent).toContain('could not analyse'));
  });

  test('an ordinary pasted text: nothing is wrong', async () => {
    render(<App source={fake({ states: [{ kind: 'not-connected' }], analyze: async () => ORDINARY }).source} />);
    await waitFor(() => screen.getByTestId('analyse'));
    fireEvent.input(screen.getByTestId('paste-text'), { target: { value: ORDINARY.text } });
    fireEvent.click(screen.getByTestId('analyse'));
    await waitFor(() => expect(screen.getByTestId('no-flags')).toBeTruthy());
  });

  test('opened for a selection: the selected text, its flags and replies', async () => {
    render(<App source={fake({ states: [{ kind: 'selection', text: DEMANDING.text, analysis: DEMANDING, canInsert: true }] }).source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('selection'));
    expect(screen.getByTestId('selection-text').textContent).toContain('too expensive');
    expect(screen.getAllByTestId('flag')).toHaveLength(3);
    expect(screen.getByTestId('insert')).toBeTruthy();
  });

  test('opened for a selection that never came: says so and offers the paste box', async () => {
    render(<App source={fake({ states: [{ kind: 'no-selection', canInsert: false }] }).source} />);
    await waitFor(() => expect(popup().dataset.state).toBe('no-selection'));
    expect(screen.getByTestId('status-message').textContent).toContain('did not receive the selected text');
    expect(screen.getByTestId('paste-text')).toBeTruthy();
  });
});

describe('popup: Ctrl+Enter', () => {
  test('in the reply, Ctrl+Enter inserts the edited text (and plain Enter is a new line)', async () => {
    const f = fake({ states: [read(EMAIL, DEMANDING)] });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    type(replyText(), 'Short and edited');
    fireEvent.keyDown(replyText(), { key: 'Enter' });
    expect(f.source.insertReply).not.toHaveBeenCalled();
    fireEvent.keyDown(replyText(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toBe('Inserted — review before sending'));
    expect(f.source.insertReply).toHaveBeenCalledExactlyOnceWith('Short and edited');
  });

  test('without a Gmail tab, Ctrl+Enter does nothing', async () => {
    const f = fake({ states: [{ kind: 'selection', text: DEMANDING.text, analysis: DEMANDING, canInsert: false }] });
    render(<App source={f.source} />);
    await waitFor(() => replyText());
    fireEvent.keyDown(replyText(), { key: 'Enter', ctrlKey: true });
    expect(f.source.insertReply).not.toHaveBeenCalled();
    expect(screen.getByTestId('insert-status').textContent).toBe('');
  });
});
