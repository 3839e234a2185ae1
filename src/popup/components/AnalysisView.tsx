import { useMemo } from 'preact/hooks';
import { composeReplies, type ReplyContext } from '../../replies/compose';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { Analysis } from '../../shared/types';
import type { InsertOutcome } from '../source';
import { FlagList } from './FlagList';
import { Replies } from './Replies';

export interface AnalysisViewProps {
  analysis: Analysis;
  /** Undefined while the settings load: the flags show at once, the replies when they are there. */
  settings: Settings | undefined;
  context: ReplyContext;
  /** Changes when the popup moves to another email, so edits of the last one are not carried over. */
  replyKey: string;
  canInsert: boolean;
  onInsert(text: string): Promise<InsertOutcome>;
}

/** Flags and replies for one analysed text; a plain sentence when there is nothing to flag. */
export function AnalysisView({ analysis, settings, context, replyKey, canInsert, onInsert }: AnalysisViewProps) {
  const shown = analysis.flags.filter((flag) => settings?.flags[flag.id] !== false);
  const replies = useMemo(
    () => (settings && shown.length > 0 ? composeReplies(analysis, settings, context) : []),
    [analysis, settings, context.senderName, context.subject],
  );

  if (analysis.junk) return <Note testId="junk" text={t('popup_junk')} />;
  if (analysis.lang === 'other') return <Note testId="other-language" text={t('popup_otherLanguage')} />;
  if (shown.length === 0) {
    return <Note testId="no-flags" text={t(analysis.flags.length > 0 ? 'popup_flagsOff' : 'popup_noFlags')} calm />;
  }
  return (
    <div class="analysis" data-testid="analysis" data-flags={shown.map((f) => f.id).join(' ')}>
      <FlagList flags={shown} />
      {analysis.truncated && <p class="note">{t('popup_truncated')}</p>}
      {replies.length > 0 && <Replies key={replyKey} replies={replies} canInsert={canInsert} onInsert={onInsert} />}
    </div>
  );
}

function Note({ text, testId, calm = false }: { text: string; testId: string; calm?: boolean }) {
  return (
    <p class={calm ? 'note calm' : 'note'} data-testid={testId}>
      {text}
    </p>
  );
}
