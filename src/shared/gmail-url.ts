/** Gmail's address, shared by the content script's page detection and the popup's tab search. */

/** Match pattern for `tabs.query` and the manifest's host permission. */
export const GMAIL_MATCH_PATTERN = 'https://mail.google.com/*';

/** Gmail's web app, in any account and view: https://mail.google.com/mail/u/0/#inbox */
export function isGmailUrl(url: string | URL | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = url instanceof URL ? url : new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.hostname === 'mail.google.com' && u.pathname.startsWith('/mail');
}
