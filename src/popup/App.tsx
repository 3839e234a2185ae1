import { useEffect, useState } from 'preact/hooks';
import { READ_FAILURE_MESSAGE } from '../shared/email';
import { t } from '../shared/i18n';
import { repairSettings, type Settings } from '../shared/settings';
import { AnalysisView } from './components/AnalysisView';
import { EmailCard } from './components/EmailCard';
import { PasteBox } from './components/PasteBox';
import { StatusNotice } from './components/StatusNotice';
import { firstLines } from './preview';
import type { PopupSource, PopupState } from './source';

/** A stable name for the state, on `data-state`, for tests and styling. */
export function stateName(state: PopupState): string {
  if (state.kind !== 'read') return state.kind;
  return state.result.ok ? 'email' : `failed:${state.result.reason}`;
}

interface BodyProps {
  state: PopupState;
  settings: Settings | undefined;
  source: PopupSource;
}

function Body({ state, settings, source }: BodyProps) {
  const insert = (text: string) => source.insertReply(text);
  const paste = (canInsert: boolean) => (
    <PasteBox analyze={source.analyzeText} settings={settings} canInsert={canInsert} onInsert={insert} />
  );
  switch (state.kind) {
    case 'loading':
      return <StatusNotice text={t('popupLoading')} />;
    case 'no-gmail-tab':
      return (
        <>
          <StatusNotice text={t('popupNoGmailTab')} />
          {paste(false)}
        </>
      );
    case 'not-connected':
      return (
        <>
          <StatusNotice text={t('popupNotConnected')} />
          {paste(false)}
        </>
      );
    case 'no-selection':
      return (
        <>
          <StatusNotice text={t('popup_selectionMissing')} />
          {paste(state.canInsert)}
        </>
      );
    case 'selection': {
      const preview = firstLines(state.text);
      return (
        <>
          <section class="card" aria-labelledby="selection-heading" data-testid="selection">
            <h2 id="selection-heading">{t('popup_selectionHeading')}</h2>
            <p class="first-lines" data-testid="selection-text">
              {preview.text}
            </p>
          </section>
          {state.analysis ? (
            <AnalysisView
              analysis={state.analysis}
              settings={settings}
              context={{}}
              replyKey={state.text}
              canInsert={state.canInsert}
              onInsert={insert}
            />
          ) : (
            <StatusNotice text={t('popup_pasteFailed')} />
          )}
        </>
      );
    }
    case 'read': {
      const { result, analysis } = state;
      if (!result.ok) {
        return (
          <>
            <StatusNotice text={t(READ_FAILURE_MESSAGE[result.reason] ?? 'readFailed')} />
            {paste(true)}
          </>
        );
      }
      return (
        <>
          <EmailCard email={result} />
          {analysis ? (
            <AnalysisView
              analysis={analysis}
              settings={settings}
              context={{ senderName: result.sender.name, subject: result.subject }}
              replyKey={`${result.threadId} ${result.messageId}`}
              canInsert
              onInsert={insert}
            />
          ) : (
            <StatusNotice text={t('popup_pasteFailed')} />
          )}
        </>
      );
    }
  }
}

export function App({ source }: { source: PopupSource }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>();

  // main.tsx started the requests before rendering, so they run during the first frame. (Plain
  // effects, after the first paint: with layout effects the toolbar popup, which Chrome shows only
  // once sized, appeared some 25 ms later — measured.)
  useEffect(() => {
    let alive = true;
    let latest = 0;
    const refresh = () => {
      const request = ++latest;
      source.load().then(
        (next) => {
          if (alive && request === latest) setState(next);
        },
        () => {
          if (alive && request === latest) setState({ kind: 'not-connected' });
        },
      );
    };
    refresh();
    const unsubscribe = source.subscribe(refresh);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [source]);

  useEffect(() => {
    let alive = true;
    source.loadSettings().then(
      (loaded) => alive && setSettings(loaded),
      () => alive && setSettings(repairSettings({})),
    );
    const unsubscribe = source.onSettingsChanged((next) => alive && setSettings(next));
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [source]);

  return (
    <main class="popup" data-testid="popup" data-state={stateName(state)} aria-busy={state.kind === 'loading'}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
        <button type="button" class="link settings" data-testid="open-settings" onClick={() => source.openOptions()}>
          {t('popup_settings')}
        </button>
      </header>
      <Body state={state} settings={settings} source={source} />
    </main>
  );
}
