/**
 * The content script's analyser: what it asks the background (`analyzeText`), and its small cache
 * shared by the banner, the badge and the popup. The background is stood in for by the real
 * classifier behind a promise, as the background runs it.
 */
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../../src/classifier/index';
import { repairSettings } from '../../../src/shared/settings';
import { createFakeBrowser } from '../helpers/fake-browser';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({
  get default() {
    return (fake.browser as ReturnType<typeof createFakeBrowser>).browser;
  },
}));
fake.browser = createFakeBrowser();
const { createEmailAnalyser } = await import('../../../src/content/analyse-email');
const { MAX_ANALYZE_CHARS } = await import('../../../src/shared/messages');
type AnalyzeRemote = import('../../../src/content/analyse-email').AnalyzeRemote;
type AnalyzeTextRequest = import('../../../src/shared/messages').AnalyzeTextRequest;

const DEMANDING = "Can you do it for less? While you're at it, add two extra pages at no cost. I need it by tomorrow, ASAP.";

/** The background's classifier, answering a moment later (as a message does). */
function background() {
  return vi.fn<AnalyzeRemote>(async (request: AnalyzeTextRequest) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return analyze(request.text, { html: request.html, sensitivity: request.sensitivity, enabled: request.enabled });
  });
}

describe('analysing the open email in the background', () => {
  test("asks with the body as text, the user's sensitivity and switched-off flags", async () => {
    const run = background();
    const settings = repairSettings({ sensitivity: 'high', flags: { threat: false } });
    await createEmailAnalyser(run)({ messageId: 'm1', body: DEMANDING }, settings);
    expect(run).toHaveBeenCalledWith({ text: DEMANDING, html: false, sensitivity: 'high', enabled: settings.flags });
  });

  test('reads the body as text even when it looks like HTML, so the evidence points at the words on screen', async () => {
    const body = '<div>Can you do it for less?</div> I need it by tomorrow, ASAP.</span>';
    const analysis = await createEmailAnalyser(background())({ messageId: 'm1', body }, repairSettings({}));
    expect(analysis.text).toBe(body);
    expect(analysis.flags.length).toBeGreaterThan(0);
    for (const flag of analysis.flags) for (const e of flag.evidence) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  test('sends no more of a huge body than the classifier could read, and the result says it was cut', async () => {
    const run = background();
    const body = `${DEMANDING} ${'More words about the project. '.repeat(20_000)}`;
    const analysis = await createEmailAnalyser(run)({ messageId: 'm1', body }, repairSettings({}));
    expect(run.mock.calls[0]![0].text.length).toBe(MAX_ANALYZE_CHARS);
    expect(analysis.truncated).toBe(true);
  });

  test('asks once per email and settings: a second asker, even while the first waits, shares the answer', async () => {
    const run = background();
    const analyse = createEmailAnalyser(run);
    const settings = repairSettings({});
    const [first, second] = await Promise.all([
      analyse({ messageId: 'm1', body: DEMANDING }, settings),
      analyse({ messageId: 'm1', body: DEMANDING }, settings),
    ]);
    expect(second).toBe(first);
    expect(await analyse({ messageId: 'm1', body: DEMANDING }, settings)).toBe(first);
    expect(run).toHaveBeenCalledTimes(1);
    await analyse({ messageId: 'm1', body: `${DEMANDING} More text.` }, settings);
    await analyse({ messageId: 'm1', body: DEMANDING }, repairSettings({ sensitivity: 'low' }));
    expect(run).toHaveBeenCalledTimes(3);
  });

  test('remembers the last four results only', async () => {
    const run = background();
    const analyse = createEmailAnalyser(run);
    const settings = repairSettings({});
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) await analyse({ messageId: id, body: DEMANDING }, settings);
    expect(run).toHaveBeenCalledTimes(5);
    await analyse({ messageId: 'm5', body: DEMANDING }, settings);
    expect(run).toHaveBeenCalledTimes(5);
    await analyse({ messageId: 'm1', body: DEMANDING }, settings);
    expect(run).toHaveBeenCalledTimes(6);
  });

  test('a failed answer (the background did not answer) is not remembered: the next read asks again', async () => {
    const run = vi.fn<AnalyzeRemote>().mockRejectedValueOnce(new Error('Could not establish connection.'));
    run.mockImplementation(async (request) => analyze(request.text, { html: false }));
    const analyse = createEmailAnalyser(run);
    const email = { messageId: 'm1', body: DEMANDING };
    await expect(analyse(email, repairSettings({}))).rejects.toThrow('Could not establish connection.');
    expect((await analyse(email, repairSettings({}))).flags.length).toBeGreaterThan(0);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('the message to the background', () => {
  test('is analyzeText, and an answer that is not an analysis is refused', async () => {
    const browser = fake.browser as ReturnType<typeof createFakeBrowser>;
    const received: unknown[] = [];
    browser.browser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ flags: 'none' });
    });
    await expect(createEmailAnalyser()({ messageId: 'm1', body: 'Hello' }, repairSettings({}))).rejects.toThrow('no analysis');
    expect(received).toEqual([
      { kalm: 1, name: 'analyzeText', request: { text: 'Hello', html: false, sensitivity: 'normal', enabled: repairSettings({}).flags } },
    ]);
  });
});
