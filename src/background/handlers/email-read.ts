import browser, { type Runtime } from 'webextension-polyfill';
import type { EmailSummary } from '../../shared/email';
import { t } from '../../shared/i18n';

/**
 * A Gmail tab read a new email: show whose email it is in that tab's toolbar tooltip, so the
 * user sees Kalm has it before opening the popup. (The badge will build on this.)
 */
export async function emailRead(summary: EmailSummary, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const title = summary.ok ? t('actionTitleRead', summary.sender.name || summary.sender.email) : t('actionTitle');
  await browser.action.setTitle({ tabId, title });
}
