/**
 * Put a reply into Gmail's reply box the way a person typing would, so Gmail registers it
 * (its draft autosave, undo, the Send button state) — and so nothing the user wrote is lost:
 *
 * 1. Use the reply box that is open in this thread; otherwise click Reply (mousedown, mouseup,
 *    click: Gmail's buttons react to the first two) and wait for the box to appear.
 * 2. Keep the user's caret when it is in the box (but not in the signature or the quote);
 *    otherwise put it at the very start, so an existing draft, the signature and the quote stay
 *    below the reply.
 * 3. Type line by line with `execCommand('insertText')` and `execCommand('insertLineBreak')`:
 *    trusted `input` events for Gmail, one undo step per line. One multi-line insertText can
 *    swallow the next block (the quote), and assigning `innerHTML`/`textContent` would wipe the
 *    draft, the signature and the quote — never done here.
 *
 * Never sends: the only thing clicked is Reply.
 */
import type { InsertReplyResult } from '../../shared/messages';
import { findOpenThreadSubject, findThreadContainer, isVisible } from './page-detect';
import { locateEmail } from './read-email';
import { SELECTORS, queryAll } from './selectors';

export interface InsertReplyOptions {
  /** How long to wait for the reply box after clicking Reply, in ms. Default 5000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Parts of the reply box that are not the user's own text: the caret is not kept there. */
const NOT_THE_DRAFT = '.gmail_signature, [data-smartmail="gmail_signature"], .gmail_quote, blockquote, .gmail_attr';

/** The longest reply accepted; far above any suggestion, it only keeps a bad request from freezing Gmail. */
export const MAX_REPLY_CHARS = 20_000;

/** The open reply body in `root`, the last visible one (Gmail keeps one per thread at most). */
export function findReplyBody(root: ParentNode): HTMLElement | null {
  const boxes = queryAll(root, SELECTORS.replyBody).filter(isVisible);
  return (boxes[boxes.length - 1] as HTMLElement | undefined) ?? null;
}

/** What to click to open a reply: the Reply link under the thread, else the latest client message's Reply button. */
export function findReplyTrigger(doc: Document, thread: ParentNode): HTMLElement | null {
  const links = queryAll(thread, SELECTORS.replyLink).filter(isVisible);
  if (links.length > 0) return links[links.length - 1] as HTMLElement;
  const located = locateEmail(doc);
  const inMessage = located.ok ? queryAll(located.message, SELECTORS.headerReplyButton).filter(isVisible) : [];
  const buttons = inMessage.length > 0 ? inMessage : queryAll(thread, SELECTORS.headerReplyButton).filter(isVisible);
  return (buttons[buttons.length - 1] as HTMLElement | undefined) ?? null;
}

/** Click as a user does: Gmail's buttons listen to mousedown/mouseup, links to click. */
export function pressButton(element: HTMLElement): void {
  const view = element.ownerDocument.defaultView ?? undefined;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view, button: 0, detail: 1 }));
  }
}

/** Resolve with the reply body once it appears under `root`, or null after `timeoutMs`. */
export function waitForReplyBody(root: Element, timeoutMs: number, signal?: AbortSignal): Promise<HTMLElement | null> {
  const found = findReplyBody(root);
  if (found) return Promise.resolve(found);
  const view = root.ownerDocument.defaultView ?? globalThis;
  return new Promise((resolve) => {
    let done = false;
    const finish = (box: HTMLElement | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      view.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(box);
    };
    const onAbort = () => finish(null);
    const observer = new view.MutationObserver(() => {
      const box = findReplyBody(root);
      if (box) finish(box);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'contenteditable'] });
    const timer = view.setTimeout(() => finish(findReplyBody(root)), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The user's caret, when it is in the box and not in the signature or the quote. */
function caretInDraft(box: HTMLElement): Range | null {
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  if (!box.contains(node)) return null;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (element && element !== box && element.closest(NOT_THE_DRAFT) && box.contains(element.closest(NOT_THE_DRAFT))) return null;
  return range.cloneRange();
}

/** Whether the box holds anything after the caret (a draft, the signature, the quote). */
function hasContentAfter(box: HTMLElement, caret: Range): boolean {
  const after = box.ownerDocument.createRange();
  after.setStart(caret.endContainer, caret.endOffset);
  after.setEnd(box, box.childNodes.length);
  const fragment = after.cloneContents();
  return (fragment.textContent ?? '').trim().length > 0 || fragment.querySelector?.('img, .gmail_signature, .gmail_quote') != null;
}

/** The reply's lines: Windows and old Mac line ends become `\n`; trailing blank lines dropped. */
export function replyLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** Type `lines` at the caret in the focused `box`. False if the browser refused an edit. */
function typeLines(doc: Document, lines: string[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line !== '' && !doc.execCommand('insertText', false, line)) return false;
    if (i < lines.length - 1 && !doc.execCommand('insertLineBreak')) return false;
  }
  return true;
}

export async function insertReply(doc: Document, text: string, options: InsertReplyOptions = {}): Promise<InsertReplyResult> {
  try {
    const lines = typeof text === 'string' ? replyLines(text.slice(0, MAX_REPLY_CHARS)) : [];
    if (lines.length === 0) return { ok: false, reason: 'unexpected', detail: 'empty reply' };

    const subject = findOpenThreadSubject(doc);
    if (!subject) return { ok: false, reason: 'no-thread' };
    const thread = findThreadContainer(subject) ?? doc.body;

    let box = findReplyBody(thread);
    if (!box) {
      const trigger = findReplyTrigger(doc, thread);
      if (!trigger) return { ok: false, reason: 'no-reply-box' };
      pressButton(trigger);
      box = await waitForReplyBody(thread, options.timeoutMs ?? 5000, options.signal);
      if (!box) return { ok: false, reason: 'timeout' };
    }

    const kept = caretInDraft(box);
    box.focus({ preventScroll: true });
    const caret = kept ?? doc.createRange();
    if (!kept) caret.setStart(box, 0);
    caret.collapse(true);
    const selection = doc.getSelection();
    if (!selection) return { ok: false, reason: 'unexpected', detail: 'no selection' };
    selection.removeAllRanges();
    selection.addRange(caret);

    // At the top, above a draft, the signature or the quote: a blank line keeps the reply apart.
    // At the user's own caret, the text goes exactly there.
    const separate = !kept && hasContentAfter(box, caret);
    if (!typeLines(doc, lines)) return { ok: false, reason: 'unexpected', detail: 'the browser refused to type into the reply box' };
    if (separate && !(doc.execCommand('insertLineBreak') && doc.execCommand('insertLineBreak'))) {
      return { ok: false, reason: 'unexpected', detail: 'the browser refused to type into the reply box' };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
  }
}
