/**
 * Every CSS selector Kalm uses on Gmail's page, in one place.
 *
 * Steadiness, best first: roles and data attributes → class names that have held for years →
 * anything localised (never used). Where a class name is the only handle, the spec says so and
 * carries a dated note. Each spec lists fixtures in tests/fixtures/gmail/ and how many elements it
 * must match there; tests/unit/content/selectors.test.ts checks the primary selector and the
 * fallback against them, so when Gmail changes, the failing test names the selector.
 *
 * The fixtures are modelled on Gmail's structure as described in the team's E2E notes (what
 * gmail.js and InboxSDK rely on), not captured from live Gmail: see tests/fixtures/gmail/README.md.
 */

export interface SelectorSpec {
  /** The selector to try first. */
  readonly css: string;
  /** Tried when `css` finds nothing; usually a long-lived class name. */
  readonly fallback?: string;
  /** Fixture name (file name without .html) → how many elements `css` (and `fallback`) match. */
  readonly matches: Readonly<Record<string, number>>;
}

export const SELECTORS = {
  /** Gmail's main region; absent while Gmail is still loading. */
  main: {
    css: '[role="main"]',
    matches: { 'inbox': 1, 'thread-one-message': 1, 'loading': 0, 'settings': 1 },
  },

  /** The subject of an open thread; carries the thread ids. Stale, hidden thread views may remain in the DOM. */
  threadSubject: {
    css: 'h2[data-thread-perm-id], h2[data-legacy-thread-id]',
    // .hP has held since at least 2015 (checked 2026-11).
    fallback: 'h2.hP',
    matches: {
      'thread-one-message': 1,
      'thread-stale-view': 2,
      'thread-no-message': 1,
      'inbox': 0,
      'loading': 0,
      'settings': 0,
    },
  },

  /** One message of the thread, expanded or collapsed; carries the message ids. */
  message: {
    css: '[role="listitem"] [data-message-id]',
    // .adn (expanded) and .adf (collapsed) are long-lived class names (checked 2026-11).
    fallback: '[role="listitem"] .adn, [role="listitem"] .adf',
    matches: {
      'thread-one-message': 1,
      'thread-several-messages': 3,
      'thread-collapsed': 4,
      'thread-client-collapsed': 2,
      'thread-no-message': 0,
      'thread-stale-view': 2,
      'inbox': 0,
    },
  },

  /** The sender inside a message header: Gmail puts the address in `email=` and the name in `name=`. */
  sender: {
    css: 'h3 [email]',
    fallback: '.gD[email]',
    matches: {
      'thread-one-message': 1,
      'thread-several-messages': 3,
      'thread-collapsed': 4,
      'thread-html-injection': 1,
      'inbox': 0,
    },
  },

  /** The date in a message header, full and localised in `title`. Class name only (held for years; checked 2026-11). */
  date: {
    css: '.g3[title]',
    fallback: '[title][alt][role="gridcell"]',
    matches: { 'thread-one-message': 1, 'thread-several-messages': 3, 'inbox': 0 },
  },

  /** The rendered body of an expanded message; collapsed messages have none. Class name only (checked 2026-11). */
  body: {
    css: '.a3s',
    fallback: '.ii.gt',
    matches: {
      'thread-one-message': 1,
      'thread-several-messages': 3,
      'thread-collapsed': 1,
      'thread-client-collapsed': 1,
      'thread-with-draft': 2,
      'inbox': 0,
    },
  },

  /**
   * Parts of a body that are not the sender's new words: Gmail's quote and trimmed content, its
   * end markers, and the sender's Gmail signature. Gmail prefixes classes and ids inside quoted
   * HTML with `m_<number>`, hence the `$=` forms. Counted over the whole page: each expanded
   * message has the end markers .yj6qo and .adL; a trimmed quote is .HOEnZb, .im, div.gmail_quote
   * and blockquote.gmail_quote; a Gmail signature is one div.
   */
  bodySkip: {
    css: [
      '.gmail_quote', '.gmail_quote_container', 'blockquote', '.HOEnZb', '.im', '.adL', '.yj6qo',
      '.gmail_signature', '[data-smartmail="gmail_signature"]', '.moz-cite-prefix', '.moz-signature',
      '[class$="gmail_quote"]', '[class$="gmail_signature"]',
    ].join(', '),
    matches: { 'thread-several-messages': 14, 'thread-one-message': 3, 'thread-quoted-outlook': 2, 'inbox': 0 },
  },

  /** Where the new words end in Outlook's HTML: its reply header and everything after it. */
  bodyStop: {
    css: '[id$="divRplyFwdMsg"], [id$="appendonsend"]',
    matches: { 'thread-quoted-outlook': 2, 'thread-one-message': 0 },
  },

  /**
   * An open reply body (for inserting a reply). Scoped to `.M9` because the settings page's
   * signature editor is also a `g_editable` textbox.
   */
  replyBody: {
    css: '.M9 [contenteditable="true"][role="textbox"][g_editable="true"]',
    matches: { 'thread-with-draft': 1, 'thread-draft-reply': 1, 'thread-one-message': 0, 'settings': 0 },
  },

  /** The Reply link under the last message (class name only; checked 2026-11). */
  replyLink: {
    css: 'span.ams.bkH',
    matches: { 'thread-one-message': 1, 'thread-several-messages': 1, 'thread-demanding-en': 1, 'thread-draft-reply': 0, 'inbox': 0 },
  },

  /** Reply buttons in message headers. */
  headerReplyButton: {
    css: '[role="button"].aaq',
    matches: { 'thread-one-message': 1, 'thread-several-messages': 3, 'inbox': 0 },
  },

  /**
   * The account button; its label contains the user's address (the label's words are localised,
   * the address is not). Used only when the title does not show the address. The URL only
   * matches Gmail's own link in the page; Kalm reads the label and never follows the link.
   */
  accountButton: {
    css: 'a[href^="https://accounts.google.com/SignOutOptions"][aria-label]',
    matches: { 'inbox': 1, 'thread-one-message': 1, 'loading': 0 },
  },
} as const satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof SELECTORS;

/** All elements under `root` matching the spec, trying the fallback when the primary finds none. */
export function queryAll(root: ParentNode, spec: SelectorSpec): Element[] {
  const found = root.querySelectorAll(spec.css);
  if (found.length > 0 || !spec.fallback) return Array.from(found);
  return Array.from(root.querySelectorAll(spec.fallback));
}

/** The first element under `root` matching the spec, trying the fallback when the primary finds none. */
export function query(root: ParentNode, spec: SelectorSpec): Element | null {
  return root.querySelector(spec.css) ?? (spec.fallback ? root.querySelector(spec.fallback) : null);
}
