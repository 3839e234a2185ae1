import type { ReadEmailOk } from '../../shared/email';
import { t } from '../../shared/i18n';
import { firstLines } from '../preview';

/** What Kalm read from the open email. All email text is rendered as text, never as HTML. */
export function EmailCard({ email }: { email: ReadEmailOk }) {
  const preview = firstLines(email.body);
  return (
    <section class="card email" aria-labelledby="email-heading" data-testid="email">
      <h2 id="email-heading" class="visually-hidden">
        {t('popupHeading')}
      </h2>
      <dl class="fields">
        <dt>{t('popupFrom')}</dt>
        <dd data-testid="sender">
          <span class="sender-name" data-testid="sender-name">
            {email.sender.name || email.sender.email}
          </span>{' '}
          {email.sender.email && (
            <span class="sender-email" data-testid="sender-email">
              {`<${email.sender.email}>`}
            </span>
          )}
        </dd>
        <dt>{t('popupSubject')}</dt>
        <dd data-testid="subject">{email.subject || t('popupNoSubject')}</dd>
        {email.date && (
          <>
            <dt>{t('popupDate')}</dt>
            <dd data-testid="date">{email.date}</dd>
          </>
        )}
      </dl>
      <details class="body">
        <summary>{t('popupFirstLines')}</summary>
        {preview.text ? (
          <p class="first-lines" data-testid="first-lines">
            {preview.text}
          </p>
        ) : (
          <p class="empty" data-testid="empty-body">
            {t('popupEmptyBody')}
          </p>
        )}
        {preview.moreLines > 0 && (
          <p class="more" data-testid="more-lines">
            {t('popupMoreText', String(preview.moreLines))}
          </p>
        )}
      </details>
    </section>
  );
}
