/**
 * The banner above a demanding email: what the email asks, in plain words, with the exact words
 * from the email; a button towards the suggested replies; a way to hide it for this email.
 *
 * Everything from the email (sender name, evidence) is rendered as text by preact, never as
 * markup. Rendered inside a shadow root (see banner-host.ts), so Gmail's styles do not reach it.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Analysis, FlagId } from '../../shared/types';
import { FLAG_LABEL, SEVERITY_LABEL } from './flag-words';
import type { Theme } from './theme';

export interface BannerProps {
  analysis: Pick<Analysis, 'flags' | 'truncated'>;
  /** The sender's display name (untrusted text), or their address when the name is empty. */
  senderName: string;
  theme: Theme;
  /** Hide the banner for this email. */
  onDismiss(): void;
  /** Open the suggested replies; false when Kalm cannot open them from the page (the banner then says how). */
  onOpenReplies(): boolean | Promise<boolean>;
  /** The user points at a flag (hover, focus), or at none. */
  onFocusFlag(id: FlagId | null): void;
  /** Bring this flag's words in the email into view. */
  onShowEvidence(id: FlagId, index: number): void;
}

export function Banner({ analysis, senderName, theme, onDismiss, onOpenReplies, onFocusFlag, onShowEvidence }: BannerProps) {
  const [hint, setHint] = useState(false);
  const count = analysis.flags.length;
  const heading = count === 1 ? t('banner_headingOne') : t('banner_headingMany', String(count));

  return (
    <section class="kalm" data-theme={theme} aria-label={t('banner_regionLabel')}>
      <div class="top">
        <span class="mark" aria-hidden="true">K</span>
        <div class="titles">
          <h2 class="heading">{heading}</h2>
          {senderName ? <p class="from">{t('banner_from', senderName)}</p> : null}
        </div>
        <button type="button" class="dismiss" data-testid="kalm-dismiss" aria-label={t('banner_dismissLabel')} onClick={onDismiss}>
          {t('banner_dismiss')}
        </button>
      </div>
      <ul class="flags">
        {analysis.flags.map((flag) => (
          <li
            key={flag.id}
            class={`flag sev-${flag.severity}`}
            data-flag={flag.id}
            onMouseEnter={() => onFocusFlag(flag.id)}
            onMouseLeave={() => onFocusFlag(null)}
            onFocusIn={() => onFocusFlag(flag.id)}
            onFocusOut={() => onFocusFlag(null)}
          >
            <span class="sev">{t(SEVERITY_LABEL[flag.severity])}</span>
            <span class="label">{t(FLAG_LABEL[flag.id])}</span>
            {flag.evidence.length > 0 ? (
              <span class="evidence">
                <span class="evidence-label">{t('banner_evidence')}</span>{' '}
                {flag.evidence.map((e, i) => (
                  <button type="button" class="quote" key={`${e.start}-${e.end}`} onClick={() => onShowEvidence(flag.id, i)}>
                    “{e.text}”
                  </button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {analysis.truncated ? <p class="note">{t('banner_truncated')}</p> : null}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="kalm-open-replies"
          onClick={async () => {
            const opened = await onOpenReplies();
            setHint(!opened);
          }}
        >
          {t('banner_openReplies')}
        </button>
        <p class="hint" role="status">
          {hint ? t('banner_openRepliesHint') : ''}
        </p>
      </div>
    </section>
  );
}
