import { useEffect, useRef, useState } from 'preact/hooks';
import { TONES, type Reply, type Tone } from '../../replies/compose';
import { t, type MessageKey } from '../../shared/i18n';
import type { InsertOutcome } from '../source';

/** What the user sees after Insert: the outcome in plain words. */
export const INSERT_MESSAGE: Record<Exclude<InsertOutcome, { ok: true }>['reason'], MessageKey> = {
  'no-thread': 'popup_insertNoThread',
  'no-reply-box': 'popup_insertNoReplyBox',
  timeout: 'popup_insertTimeout',
  unexpected: 'popup_insertUnexpected',
  'not-connected': 'popup_insertNotConnected',
  'no-tab': 'popup_insertNotConnected',
};

type Status = { kind: 'idle' } | { kind: 'busy' | 'ok' | 'failed'; text: string };

/** Copy with the Clipboard API; where a browser refuses it, the old way through the selected text area. */
export async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    try {
      area.focus();
      area.select();
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export interface RepliesProps {
  /** warm, firm, part: as composed. */
  replies: readonly Reply[];
  /** Offer Insert (a Gmail tab is there to insert into); Copy is always offered. */
  canInsert: boolean;
  onInsert(text: string): Promise<InsertOutcome>;
}

/**
 * The three replies as tabs (WAI-ARIA tabs: arrow keys, Home and End move between them) over one
 * editable text area. Edits are kept per tone while the popup is open, so trying another tone
 * never loses what the user wrote; Insert and Copy take the text as edited.
 */
export function Replies({ replies, canInsert, onInsert }: RepliesProps) {
  const byTone = new Map(replies.map((r) => [r.tone, r]));
  const tones = TONES.filter((tone) => byTone.has(tone));
  const [tone, setTone] = useState<Tone>(tones[0] ?? 'warm');
  const [edits, setEdits] = useState<Partial<Record<Tone, string>>>({});
  const [insertStatus, setInsertStatus] = useState<Status>({ kind: 'idle' });
  const [copyStatus, setCopyStatus] = useState<Status>({ kind: 'idle' });
  const tabRefs = useRef<Partial<Record<Tone, HTMLButtonElement | null>>>({});
  const areaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // For the popup timing figure (scripts and E2E read it); costs nothing.
    performance.mark?.('kalm-replies-shown');
  }, []);

  const current = byTone.get(tone) ?? byTone.get(tones[0]!);
  if (!current) return null;
  const suggested = current.text;
  const text = edits[current.tone] ?? suggested;
  const edited = text !== suggested;

  const select = (next: Tone, focus = false) => {
    setTone(next);
    setCopyStatus({ kind: 'idle' });
    if (focus) tabRefs.current[next]?.focus();
  };

  const onTabKey = (event: KeyboardEvent) => {
    const i = tones.indexOf(current.tone);
    const target =
      event.key === 'ArrowRight' ? tones[(i + 1) % tones.length]
      : event.key === 'ArrowLeft' ? tones[(i - 1 + tones.length) % tones.length]
      : event.key === 'Home' ? tones[0]
      : event.key === 'End' ? tones[tones.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  const insert = async () => {
    if (insertStatus.kind === 'busy') return;
    if (text.trim() === '') {
      setInsertStatus({ kind: 'failed', text: t('popup_insertEmpty') });
      return;
    }
    setInsertStatus({ kind: 'busy', text: t('popup_inserting') });
    let outcome: InsertOutcome;
    try {
      outcome = await onInsert(text);
    } catch {
      outcome = { ok: false, reason: 'unexpected' };
    }
    setInsertStatus(
      outcome.ok
        ? { kind: 'ok', text: t('popup_inserted') }
        : { kind: 'failed', text: t(INSERT_MESSAGE[outcome.reason] ?? 'popup_insertUnexpected') },
    );
  };

  const copy = async () => {
    const done = await copyText(text, areaRef.current);
    setCopyStatus(done ? { kind: 'ok', text: t('popup_copied') } : { kind: 'failed', text: t('popup_copyFailed') });
  };

  return (
    <section class="replies" aria-labelledby="replies-heading" data-testid="replies" data-lang={current.lang}>
      <h2 id="replies-heading">{t('popup_repliesHeading')}</h2>
      <div class="tabs" role="tablist" aria-label={t('popup_toneLabel')}>
        {tones.map((id) => (
          <button
            key={id}
            ref={(el) => void (tabRefs.current[id] = el)}
            type="button"
            role="tab"
            id={`tone-${id}`}
            class="tab"
            data-testid={`tone-${id}`}
            aria-selected={id === current.tone}
            aria-controls="reply-panel"
            tabIndex={id === current.tone ? 0 : -1}
            onClick={() => select(id)}
            onKeyDown={onTabKey}
          >
            {t(`popup_tone_${id}`)}
          </button>
        ))}
      </div>
      <div class="panel" role="tabpanel" id="reply-panel" aria-labelledby={`tone-${current.tone}`}>
        <p class="tone-hint" id="tone-hint">
          {t(`popup_toneHint_${current.tone}`)}
        </p>
        <label class="visually-hidden" for="reply-text">
          {t('popup_replyLabel')}
        </label>
        <textarea
          ref={areaRef}
          id="reply-text"
          data-testid="reply-text"
          lang={current.lang}
          rows={9}
          spellcheck
          aria-describedby="tone-hint"
          value={text}
          onKeyDown={(event) => {
            // Ctrl+Enter (⌘+Enter on a Mac) inserts, as it sends in many mail programs, but never sends here.
            if (canInsert && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void insert();
            }
          }}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLTextAreaElement).value;
            setEdits((old) => ({ ...old, [current.tone]: value }));
            setInsertStatus({ kind: 'idle' });
            setCopyStatus({ kind: 'idle' });
          }}
        />
        <div class="actions">
          {canInsert && (
            <button
              type="button"
              class="primary"
              data-testid="insert"
              onClick={insert}
              aria-disabled={insertStatus.kind === 'busy'}
              aria-keyshortcuts="Control+Enter Meta+Enter"
            >
              {t('popup_insert')}
            </button>
          )}
          <button type="button" data-testid="copy" onClick={copy}>
            {t('popup_copy')}
          </button>
          {edited && (
            <button
              type="button"
              class="link"
              data-testid="reset-reply"
              onClick={() => {
                setEdits((old) => ({ ...old, [current.tone]: undefined }));
                areaRef.current?.focus();
              }}
            >
              {t('popup_reset')}
            </button>
          )}
        </div>
        <p class={`outcome ${insertStatus.kind}`} role="status" data-testid="insert-status">
          {insertStatus.kind === 'idle' ? '' : insertStatus.text}
        </p>
        <p class={`outcome ${copyStatus.kind}`} role="status" data-testid="copy-status">
          {copyStatus.kind === 'idle' ? '' : copyStatus.text}
        </p>
      </div>
    </section>
  );
}
