/**
 * What Kalm reads from the email open in Gmail: the contract between the content script's
 * reader (src/content/gmail/read-email.ts) and everyone who uses it (popup, banner, badge,
 * classifier calls). Plain data, safe to send between contexts.
 */
import type { MessageKey } from './i18n';

export interface Sender {
  /** Display name as Gmail shows it; may be empty. Untrusted text: render as text only. */
  name: string;
  /** Address from Gmail's `email=` attribute, lower-cased. */
  email: string;
}

/** The latest message from the other party in the open thread. */
export interface ReadEmailOk {
  ok: true;
  sender: Sender;
  /** The thread's subject; empty when it has none. */
  subject: string;
  /** The full date as Gmail shows it in the user's language (its `title`), when shown. */
  date?: string;
  /**
   * The sender's own words as plain text: block elements become newlines; quoted earlier
   * messages and the signature are removed. Empty when nothing is left. Not truncated.
   */
  body: string;
  /** Gmail's message id, e.g. `msg-f:1801234567890123456` (or the legacy hex id). */
  messageId: string;
  /** Gmail's thread id, e.g. `thread-f:1801234567890123456` (or the legacy hex id / URL token). */
  threadId: string;
}

/** Why nothing could be read. Each reason has a sentence for the user: `READ_FAILURE_MESSAGE`. */
export type ReadFailureReason =
  /** The page is not Gmail's web app. */
  | 'not-gmail'
  /** Gmail shows a list, the settings or something else, not a thread. */
  | 'no-thread'
  /** Gmail has not drawn the page or the thread yet. */
  | 'loading'
  /** A thread is open but no message was found in it (Gmail's page may have changed). */
  | 'no-message'
  /** The message to read is collapsed: Gmail has not loaded its body. */
  | 'collapsed'
  /** Every message in the thread is from the user. */
  | 'only-own-messages'
  /** Something unexpected went wrong while reading; `detail` says what. */
  | 'unexpected';

export interface ReadEmailFailure {
  ok: false;
  reason: ReadFailureReason;
  /** For 'unexpected': the error message, for bug reports. Never email content. */
  detail?: string;
}

export type ReadEmailResult = ReadEmailOk | ReadEmailFailure;

/** What the content script announces when the open email changes: the result without the body. */
export type EmailSummary = Omit<ReadEmailOk, 'body'> | ReadEmailFailure;

export function summarize(result: ReadEmailResult): EmailSummary {
  if (!result.ok) return result;
  const { body: _body, ...summary } = result;
  return summary;
}

/** The sentence (in _locales) that tells the user why nothing was read. */
export const READ_FAILURE_MESSAGE: Record<ReadFailureReason, MessageKey> = {
  'not-gmail': 'readNotThread',
  'no-thread': 'readNotThread',
  'loading': 'readLoading',
  'no-message': 'readNoMessage',
  'collapsed': 'readCollapsed',
  'only-own-messages': 'readOnlyOwn',
  'unexpected': 'readFailed',
};
