/**
 * Inserting a reply into Gmail's reply box, in a real Chromium, driven by the `insertReply`
 * message exactly as the popup sends it (here from the extension's service worker, so these tests
 * do not depend on the popup's UI; tests/e2e/popup.test.ts covers the whole flow through it).
 * What Gmail would see is read from the page's own world: trusted input events, the box's content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNothingLeftAndNothingBroke, useKalm } from './harness';

const kalm = useKalm('insert');

const REPLY_BOX = '.M9 [contenteditable="true"][g_editable="true"]';
const REPLY = 'Hi Dana,\n\nThank you for your message. The price stays as quoted.\nA smaller package fits a lower budget.\n\nKind regards,\nSam';

async function openThread(name: string): Promise<{ gmail: Page; tabId: number }> {
  const { gmail, tabId } = await kalm.openThread(name);
  // The content script is ready once it has read the email (the toolbar tooltip changes).
  await expect.poll(() => kalm.actionTitle(tabId), { timeout: 10_000 }).not.toBe('Kalm');
  return { gmail, tabId };
}

/** Send `insertReply` to the tab's content script, as an extension page does. */
function insert(tabId: number, text: unknown): Promise<unknown> {
  return kalm.serviceWorker.evaluate(
    `chrome.tabs.sendMessage(${tabId}, { kalm: 1, name: 'insertReply', request: { text: ${JSON.stringify(text)} } }, { frameId: 0 })`,
  );
}

/** Record, in Gmail's own page, the input events and any press of Send. */
async function watchGmail(gmail: Page) {
  await gmail.evaluate(() => {
    const w = window as unknown as { __inputs: { trusted: boolean; type: string }[]; __sends: number };
    w.__inputs = [];
    w.__sends = 0;
    document.addEventListener('input', (e) => w.__inputs.push({ trusted: e.isTrusted, type: (e as InputEvent).inputType }), true);
    for (const type of ['mousedown', 'mouseup', 'click']) {
      document.addEventListener(type, (e) => {
        if ((e.target as Element).closest?.('[aria-label="Send"], [data-tooltip="Send"]')) w.__sends++;
      }, true);
    }
  });
  return () =>
    gmail.evaluate(() => {
      const w = window as unknown as { __inputs: { trusted: boolean; type: string }[]; __sends: number };
      return { inputs: w.__inputs, sends: w.__sends };
    });
}

describe('inserting a reply', () => {
  test('into the open reply box, above the draft, signature and quote, with trusted input; nothing sent', async () => {
    const { gmail, tabId } = await openThread('thread-draft-reply');
    const seen = await watchGmail(gmail);
    // Keep hold of the draft's own elements: they must survive, not be rewritten.
    await gmail.evaluate((selector) => {
      const box = document.querySelector(selector)!;
      (window as unknown as { __draft: Element[] }).__draft = [...box.children];
    }, REPLY_BOX);

    expect(await insert(tabId, REPLY)).toEqual({ ok: true });

    const inBox = await gmail.locator(REPLY_BOX).innerText();
    expect(inBox.startsWith('Hi Dana,\n\nThank you for your message. The price stays as quoted.\nA smaller package fits a lower budget.\n\nKind regards,\nSam\n'))
      .toBe(true);
    const order = ['Kind regards', 'MY DRAFT', 'Studio Sam', 'wrote:'].map((s) => inBox.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The user's draft begins on a line of its own after a blank line, and reads as it did.
    expect(inBox).toContain('Kind regards,\nSam\n\nHi Dana,\n');
    expect(inBox).toContain('\nMY DRAFT: I had started to answer this myself.\n');
    const survived = await gmail.evaluate((selector) => {
      const box = document.querySelector(selector)!;
      return (window as unknown as { __draft: Element[] }).__draft.every((el) => box.contains(el));
    }, REPLY_BOX);
    expect(survived).toBe(true);

    const { inputs, sends } = await seen();
    expect(inputs.length).toBeGreaterThanOrEqual(REPLY.split('\n').length);
    expect(inputs.every((i) => i.trusted)).toBe(true);
    expect(new Set(inputs.map((i) => i.type))).toEqual(new Set(['insertText', 'insertLineBreak']));
    expect(sends).toBe(0);
    expect(await gmail.evaluate((selector) => document.activeElement === document.querySelector(selector), REPLY_BOX)).toBe(true);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test("at the user's caret when it is in the draft, and Undo takes it back", async () => {
    const { gmail, tabId } = await openThread('thread-draft-reply');
    const before = await gmail.locator(REPLY_BOX).innerHTML();
    await gmail.evaluate((selector) => {
      const box = document.querySelector(selector)!;
      const line = [...box.querySelectorAll('div')].find((d) => d.textContent!.startsWith('MY DRAFT'))!;
      const range = document.createRange();
      range.setStart(line.firstChild!, 'MY DRAFT:'.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, REPLY_BOX);

    expect(await insert(tabId, ' Sunday is fine.')).toEqual({ ok: true });
    const inBox = (await gmail.locator(REPLY_BOX).innerText()).replace(/\u00a0/g, ' ');
    expect(inBox).toContain('MY DRAFT: Sunday is fine. I had started to answer this myself.');
    expect(inBox.startsWith('Hi Dana,')).toBe(true);

    // Typed through the browser's editing commands: the user's Undo removes it again.
    await gmail.evaluate((selector) => {
      (document.querySelector(selector) as HTMLElement).focus();
      document.execCommand('undo');
    }, REPLY_BOX);
    expect(await gmail.locator(REPLY_BOX).innerHTML()).toBe(before);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('opens the reply box with Reply when none is open, then types at its top', async () => {
    const { gmail, tabId } = await openThread('thread-demanding-en');
    const seen = await watchGmail(gmail);
    // Gmail's part: Reply (on mousedown/mouseup) draws a reply box with the signature and the hidden quote, a moment later.
    await gmail.evaluate(() => {
      const reply = document.querySelector('span.ams.bkH')!;
      const w = window as unknown as { __pressed: string[] };
      w.__pressed = [];
      for (const type of ['mousedown', 'mouseup', 'click']) reply.addEventListener(type, () => w.__pressed.push(type));
      reply.addEventListener('mouseup', () =>
        setTimeout(() => {
          reply.closest('.ip')!.insertAdjacentHTML(
            'beforeend',
            '<div class="M9"><div class="Am Al editable" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1"><br><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam de Vries<br>Studio Sam</div><div class="gmail_quote" style="display:none">On Mon, Dana wrote: too expensive</div></div></div>',
          );
        }, 250),
      );
    });

    expect(await insert(tabId, REPLY)).toEqual({ ok: true });
    expect(await gmail.evaluate(() => (window as unknown as { __pressed: string[] }).__pressed)).toEqual(['mousedown', 'mouseup', 'click']);
    expect(await gmail.locator(REPLY_BOX).count()).toBe(1);
    const inBox = await gmail.locator(REPLY_BOX).innerText();
    expect(inBox.indexOf('Kind regards,\nSam')).toBeGreaterThanOrEqual(0);
    expect(inBox.indexOf('Kind regards,\nSam')).toBeLessThan(inBox.indexOf('Studio Sam'));
    const { inputs, sends } = await seen();
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((i) => i.trusted)).toBe(true);
    expect(sends).toBe(0);
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('says so, and types nothing, when the reply box never opens or no thread is open', async () => {
    const { gmail, tabId } = await openThread('thread-ordinary');
    const seen = await watchGmail(gmail);
    const started = Date.now();
    expect(await insert(tabId, REPLY)).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await seen()).inputs).toEqual([]);

    const inbox = await kalm.openGmail('inbox', 'https://mail.google.com/mail/u/0/#inbox');
    const inboxTab = await kalm.tabIdOf(inbox);
    await expect.poll(() => kalm.actionTitle(inboxTab), { timeout: 10_000 }).toBe('Kalm');
    expect(await insert(inboxTab, REPLY)).toEqual({ ok: false, reason: 'no-thread' });
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('a hostile reply text is typed as text, never as markup', async () => {
    const { gmail, tabId } = await openThread('thread-draft-reply');
    const hostile = '<img src=x onerror="window.__kalmPwned=1"><script>window.__kalmPwned=1</script>';
    expect(await insert(tabId, hostile)).toEqual({ ok: true });
    const box = gmail.locator(REPLY_BOX);
    expect(await box.innerText()).toContain(hostile);
    expect(await box.locator('img, script').count()).toBe(0);
    expect(await gmail.evaluate(() => (window as unknown as { __kalmPwned?: number }).__kalmPwned)).toBeUndefined();
    expectNothingLeftAndNothingBroke(kalm);
  });

  test('only an extension page may ask: the message from Gmail\'s page is ignored', async () => {
    const { gmail } = await openThread('thread-draft-reply');
    const before = await gmail.locator(REPLY_BOX).innerHTML();
    // Gmail's page cannot reach the extension's messaging at all (no externally_connectable);
    // a window message shaped like Kalm's is simply not listened to.
    await gmail.evaluate(() => window.postMessage({ kalm: 1, name: 'insertReply', request: { text: 'INJECTED' } }, '*'));
    await gmail.waitForTimeout(300);
    expect(await gmail.locator(REPLY_BOX).innerHTML()).toBe(before);
    expectNothingLeftAndNothingBroke(kalm);
  });
});
