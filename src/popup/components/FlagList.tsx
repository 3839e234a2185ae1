import { t } from '../../shared/i18n';
import type { Evidence, Flag } from '../../shared/types';
import { flagTitle, flagWhy, severityWord } from '../flag-text';

/** Quotes shown per flag: enough to point at the words, few enough to stay a glance. */
export const MAX_EVIDENCE = 3;
/** Characters of one quote; a longer one ends with "…". */
export const MAX_QUOTE_CHARS = 140;

/** The distinct quotes of a flag, shortened, at most `MAX_EVIDENCE`. */
export function quotes(evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of evidence) {
    const text = typeof e?.text === 'string' ? e.text.replace(/\s+/g, ' ').trim() : '';
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : text);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/** Each flag in plain words, with the client's own words that show it and one line on why it matters. */
export function FlagList({ flags }: { flags: readonly Flag[] }) {
  return (
    <section class="flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('popup_flagsHeading')}</h2>
      <ul class="flag-list">
        {flags.map((flag) => {
          const words = quotes(flag.evidence ?? []);
          return (
            <li key={flag.id} class={`flag severity-${flag.severity}`} data-testid="flag" data-flag={flag.id}>
              <p class="flag-title">
                <span class="severity" data-testid="severity">
                  {severityWord(flag.severity)}
                </span>{' '}
                <strong>{flagTitle(flag.id)}</strong>
              </p>
              {words.length > 0 && (
                <ul class="evidence" aria-label={t('popup_evidenceLabel')}>
                  {words.map((quote) => (
                    <li key={quote}>
                      <q data-testid="evidence">{quote}</q>
                    </li>
                  ))}
                </ul>
              )}
              <p class="why" data-testid="why">
                {flagWhy(flag.id)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
