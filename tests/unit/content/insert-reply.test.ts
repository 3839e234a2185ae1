// @vitest-environment happy-dom
/**
 * The logic of inserting a reply (which box, where the caret goes, what is clicked, the outcomes).
 * happy-dom has no editing commands, so `execCommand` is modelled here the way Chromium behaves
 * for these two commands; the real thing — trusted input events in Gmail's box — is checked in
 * Chromium by tests/e2e/insert.test.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { insertReply, replyLines } from '../../../src/content/gmail/insert-reply';
import { caseNamed } from '../../fixtures/gmail/cases';
import { openGmailPage, type GmailPage } from '../helpers/gmail-dom';

const open: GmailPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

interface Editing {
  commands: string[];
  refuse: boolean;
}

/** insertText / insertLineBreak at the selection, as a browser does (text node or <br>, caret after it). */
function withEditing(doc: Document): Editing {
  const editing: Editing = { commands: [], refuse: false };
  (doc as unknown as { execCommand: (command: string, ui?: boolean, value?: string) => boolean }).execCommand = (command, _ui, value) => {
    if (editing.refuse) return false;
    const selection = doc.getSelection()!;
    const range = selection.getRangeAt(0);
    const node = command === 'insertText' ? doc.createTextNode(value ?? '') : doc.createElement('br');
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    editing.commands.push(command === 'insertText' ? `text:${value}` : 'br');
    return true;
  };
  return editing;
}

function gmail(name: string) {
  const fixture = caseNamed(name);
  const page = openGmailPage(fixture.name, fixture.url);
  open.push(page);
  const doc = page.document;
  return { doc, editing: withEditing(doc) };
}

const REPLY = 'Hi Dana,\n\nThank you for your message.\nKind regards,\nSam';
const box = (doc: Document) => doc.querySelector<HTMLElement>('.M9 [contenteditable="true"]')!;

describe('inserting a reply', () => {
  test('into the open reply box, at the top: the draft, signature and quote stay below, untouched', async () => {
    const { doc, editing } = gmail('thread-draft-reply');
    const draftNodes = [...box(doc).childNodes];
    const draftHtml = box(doc).innerHTML;

    expect(await insertReply(doc, REPLY)).toEqual({ ok: true });

    expect(editing.commands).toEqual([
      'text:Hi Dana,', 'br', 'br', 'text:Thank you for your message.', 'br', 'text:Kind regards,', 'br', 'text:Sam',
      // A blank line between the reply and the draft.
      'br', 'br',
    ]);
    const text = box(doc).textContent!;
    expect(text.indexOf('Sam')).toBeLessThan(text.indexOf('MY DRAFT'));
    // The same nodes, in the same order: nothing of the draft was rewritten.
    const after = [...box(doc).childNodes];
    expect(after.slice(after.length - draftNodes.length)).toEqual(draftNodes);
    expect(box(doc).innerHTML.endsWith(draftHtml)).toBe(true);
    expect(doc.activeElement).toBe(box(doc));
  });

  test("at the user's caret when it is in the draft", async () => {
    const { doc, editing } = gmail('thread-draft-reply');
    const draftLine = [...box(doc).querySelectorAll('div')].find((d) => d.textContent!.startsWith('MY DRAFT'))!;
    const caret = doc.createRange();
    caret.setStart(draftLine.firstChild!, 'MY DRAFT: '.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(caret);

    expect(await insertReply(doc, 'Here it is.')).toEqual({ ok: true });
    expect(draftLine.textContent).toBe('MY DRAFT: Here it is.I had started to answer this myself.');
    // Exactly there: no blank line pushed into the middle of the user's sentence.
    expect(editing.commands).toEqual(['text:Here it is.']);
    expect(box(doc).firstElementChild!.textContent).toBe('Hi Dana,');
  });

  test('not inside the signature or the quote: then at the top', async () => {
    const { doc } = gmail('thread-draft-reply');
    const signature = box(doc).querySelector('.gmail_signature')!;
    const caret = doc.createRange();
    caret.setStart(signature.lastChild!, 2);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(caret);

    expect(await insertReply(doc, 'Top line.')).toEqual({ ok: true });
    expect(box(doc).firstChild!.textContent).toBe('Top line.');
    expect(signature.textContent).toBe('-- Sam de VriesStudio Sam');
  });

  test('opens the reply box with Reply when none is open (mousedown, mouseup, click), then types', async () => {
    const { doc, editing } = gmail('thread-demanding-en');
    const reply = doc.querySelector<HTMLElement>('span.ams.bkH')!;
    const pressed: string[] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) reply.addEventListener(type, () => pressed.push(type));
    // Gmail draws the reply box a moment after the click.
    reply.addEventListener('click', () =>
      setTimeout(() => {
        const ip = reply.closest('.ip')!;
        ip.insertAdjacentHTML(
          'beforeend',
          '<div class="M9"><div class="Am Al editable" g_editable="true" role="textbox" contenteditable="true"><br><div class="gmail_signature">-- <br>Sam</div></div></div>',
        );
      }, 30),
    );

    expect(await insertReply(doc, 'Thanks, Dana.')).toEqual({ ok: true });
    expect(pressed).toEqual(['mousedown', 'mouseup', 'click']);
    expect(editing.commands[0]).toBe('text:Thanks, Dana.');
    expect(box(doc).textContent).toBe('Thanks, Dana.-- Sam');
  });

  test('says so when the reply box does not open', async () => {
    const { doc, editing } = gmail('thread-demanding-en');
    expect(await insertReply(doc, 'Thanks.', { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
    expect(editing.commands).toEqual([]);
  });

  test('says so when no thread is open, or there is nothing to reply with', async () => {
    expect(await insertReply(gmail('inbox').doc, 'Thanks.')).toEqual({ ok: false, reason: 'no-thread' });
    expect(await insertReply(gmail('thread-no-message').doc, 'Thanks.')).toEqual({ ok: false, reason: 'no-reply-box' });
  });

  test('reports a refusal to type, and an empty reply, without touching the box', async () => {
    const { doc, editing } = gmail('thread-draft-reply');
    const before = box(doc).innerHTML;
    editing.refuse = true;
    expect(await insertReply(doc, 'Thanks.')).toMatchObject({ ok: false, reason: 'unexpected' });
    expect(await insertReply(doc, ' \n \n')).toMatchObject({ ok: false, reason: 'unexpected' });
    expect(await insertReply(doc, 42 as unknown as string)).toMatchObject({ ok: false, reason: 'unexpected' });
    expect(box(doc).innerHTML).toBe(before);
  });

  test('never presses Send', async () => {
    const { doc } = gmail('thread-draft-reply');
    const send = doc.querySelector('[role="button"].aoO')!;
    let pressed = 0;
    for (const type of ['mousedown', 'mouseup', 'click']) send.addEventListener(type, () => pressed++);
    await insertReply(doc, REPLY);
    expect(pressed).toBe(0);
  });
});

describe('replyLines', () => {
  test.each([
    ['a\nb', ['a', 'b']],
    ['a\r\nb\rc', ['a', 'b', 'c']],
    ['a\n\nb\n\n\n', ['a', '', 'b']],
    ['', []],
  ])('%j → %j', (text, lines) => {
    expect(replyLines(text)).toEqual(lines);
  });
});
