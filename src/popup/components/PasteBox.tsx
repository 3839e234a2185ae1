import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { Analysis } from '../../shared/types';
import type { InsertOutcome } from '../source';
import { AnalysisView } from './AnalysisView';

export interface PasteBoxProps {
  analyze(text: string): Promise<Analysis>;
  settings: Settings | undefined;
  canInsert: boolean;
  onInsert(text: string): Promise<InsertOutcome>;
}

type Result = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string } | { kind: 'done'; analysis: Analysis };

/** The fallback when Gmail cannot be read: paste any text and Kalm analyses it (in the background). */
export function PasteBox({ analyze, settings, canInsert, onInsert }: PasteBoxProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (result.kind === 'busy') return;
    if (text.trim() === '') {
      setResult({ kind: 'failed', message: t('popup_pasteEmpty') });
      return;
    }
    setResult({ kind: 'busy' });
    try {
      setResult({ kind: 'done', analysis: await analyze(text) });
    } catch {
      setResult({ kind: 'failed', message: t('popup_pasteFailed') });
    }
  };

  return (
    <section class="card paste" aria-labelledby="paste-heading" data-testid="paste-box">
      <h2 id="paste-heading">{t('popup_pasteHeading')}</h2>
      <form onSubmit={submit}>
        <label for="paste-text">{t('popup_pasteLabel')}</label>
        <textarea
          id="paste-text"
          data-testid="paste-text"
          rows={5}
          value={text}
          aria-describedby="paste-status"
          onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="actions">
          <button type="submit" class="primary" data-testid="analyse" aria-disabled={result.kind === 'busy'}>
            {t('popup_pasteAnalyse')}
          </button>
        </div>
        <p class="outcome" id="paste-status" role="status" data-testid="paste-status">
          {result.kind === 'busy' ? t('popup_pasteAnalysing') : result.kind === 'failed' ? result.message : ''}
        </p>
      </form>
      {result.kind === 'done' && (
        <div data-testid="paste-result">
          <h3>{t('popup_pastedHeading')}</h3>
          <AnalysisView
            analysis={result.analysis}
            settings={settings}
            context={{}}
            replyKey={result.analysis.text}
            canInsert={canInsert}
            onInsert={onInsert}
          />
        </div>
      )}
    </section>
  );
}
