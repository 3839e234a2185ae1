/**
 * Read the open Gmail thread into a plain object: the latest message from the other party, its
 * sender, subject, date and the sender's own words. The one module that knows how a Gmail thread
 * is put together (with selectors.ts). Never throws: when nothing can be read, the result says why.
 */
import type { ReadEmailFailure, ReadEmailResult, ReadFailureReason, Sender } from '../../shared/email';
import { stripReply } from '../../shared/strip-reply';
import { elementText } from './element-text';
import {
  findOpenThreadSubject,
  findThreadContainer,
  isGmail,
  isGmailReady,
  isThreadUrl,
  isVisible,
  threadIdFromUrl,
} from './page-detect';
import { SELECTORS, query, queryAll } from './selectors';

/** Where the message was found; everything `readEmail` needs, before the (costly) body text. */
export interface LocatedEmail {
  ok: true;
  subject: Element;
  message: Element;
  body: Element;
  sender: Sender;
  threadId: string;
  messageId: string;
}

function fail(reason: ReadFailureReason, detail?: string): ReadEmailFailure {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}

/** Bounded on both sides so a hostile title or label cannot make the search slow. */
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

function lastEmailIn(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const found = text.slice(0, 1000).match(EMAIL_ADDRESS);
  return found ? found[found.length - 1]!.toLowerCase() : undefined;
}

/**
 * The signed-in user's address: Gmail's title ends with "– user@example.com – Gmail"; the account
 * button's label holds it too. Undefined when neither shows it.
 */
export function accountEmail(doc: Document): string | undefined {
  return lastEmailIn(doc.title) ?? lastEmailIn(query(doc, SELECTORS.accountButton)?.getAttribute('aria-label'));
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The sender in a message header, or null when the header has none. */
export function senderOf(message: Element): Sender | null {
  const el = query(message, SELECTORS.sender);
  if (!el) return null;
  const email = (el.getAttribute('email') ?? '').trim().toLowerCase();
  const name = collapseSpaces(el.getAttribute('name') ?? el.textContent ?? '');
  if (!email && !name) return null;
  return { name, email };
}

function messageIdOf(message: Element): string {
  const permanent = (message.getAttribute('data-message-id') ?? '').replace(/^#/, '');
  return permanent || message.getAttribute('data-legacy-message-id') || '';
}

function threadIdOf(subject: Element, url: string): string {
  return (
    subject.getAttribute('data-thread-perm-id') ||
    subject.getAttribute('data-legacy-thread-id') ||
    threadIdFromUrl(url) ||
    ''
  );
}

/**
 * Find the message to read without reading its text: cheap enough to run on every DOM change.
 * The message is the latest one whose sender is not the signed-in user (when the user is unknown,
 * the latest one).
 */
export function locateEmail(doc: Document, url: string = doc.location?.href ?? ''): LocatedEmail | ReadEmailFailure {
  if (!isGmail(url)) return fail('not-gmail');
  if (!isGmailReady(doc)) return fail('loading');
  const subject = findOpenThreadSubject(doc);
  if (!subject) return fail(isThreadUrl(url) ? 'loading' : 'no-thread');

  const container = findThreadContainer(subject);
  const messages = container ? queryAll(container, SELECTORS.message).filter(isVisible) : [];
  if (messages.length === 0) return fail('no-message');

  const me = accountEmail(doc);
  let sawOwn = false;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    const sender = senderOf(message);
    if (!sender) continue;
    if (me && sender.email === me) {
      sawOwn = true;
      continue;
    }
    const body = query(message, SELECTORS.body);
    if (!body) return fail('collapsed');
    return {
      ok: true,
      subject,
      message,
      body,
      sender,
      threadId: threadIdOf(subject, url),
      messageId: messageIdOf(message),
    };
  }
  return fail(sawOwn ? 'only-own-messages' : 'no-message');
}

/**
 * A short key that changes when what `readEmail` would return changes: another thread, another
 * message, a body that appeared or grew. Used to re-read only when needed.
 */
export function emailFingerprint(doc: Document, url: string = doc.location?.href ?? ''): string {
  try {
    const located = locateEmail(doc, url);
    if (!located.ok) return `!${located.reason}`;
    const subjectText = collapseSpaces(located.subject.textContent ?? '');
    return [located.threadId, located.messageId, subjectText, located.body.childNodes.length].join('|');
  } catch (error) {
    return `!unexpected:${String(error)}`;
  }
}

/** The sender's own words in a Gmail body element: quotes, trimmed content and signatures removed. */
export function bodyText(body: Element): string {
  return stripReply(elementText(body, { skip: SELECTORS.bodySkip.css, stop: SELECTORS.bodyStop.css }));
}

/** Read the open email. Never throws. */
export function readEmail(doc: Document, url: string = doc.location?.href ?? ''): ReadEmailResult {
  try {
    const located = locateEmail(doc, url);
    if (!located.ok) return located;
    const date = query(located.message, SELECTORS.date)?.getAttribute('title')?.trim();
    return {
      ok: true,
      sender: located.sender,
      subject: collapseSpaces(located.subject.textContent ?? ''),
      ...(date ? { date } : {}),
      body: bodyText(located.body),
      messageId: located.messageId,
      threadId: located.threadId,
    };
  } catch (error) {
    return fail('unexpected', error instanceof Error ? error.message : String(error));
  }
}
