import { useEffect, useState } from 'preact/hooks';
import { READ_FAILURE_MESSAGE } from '../shared/email';
import { t } from '../shared/i18n';
import { EmailCard } from './components/EmailCard';
import { StatusNotice } from './components/StatusNotice';
import type { EmailSource, PopupState } from './email-source';

/** A stable name for the state, on `data-state`, for tests and styling. */
export function stateName(state: PopupState): string {
  if (state.kind !== 'read') return state.kind;
  return state.result.ok ? 'email' : `failed:${state.result.reason}`;
}

function Body({ state }: { state: PopupState }) {
  switch (state.kind) {
    case 'loading':
      return <StatusNotice text={t('popupLoading')} />;
    case 'no-gmail-tab':
      return <StatusNotice text={t('popupNoGmailTab')} />;
    case 'not-connected':
      return <StatusNotice text={t('popupNotConnected')} />;
    case 'read':
      return state.result.ok ? (
        <EmailCard email={state.result} />
      ) : (
        <StatusNotice text={t(READ_FAILURE_MESSAGE[state.result.reason])} />
      );
  }
}

export function App({ source }: { source: EmailSource }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

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

  return (
    <main class="popup" data-testid="popup" data-state={stateName(state)} aria-busy={state.kind === 'loading'}>
      <header class="brand">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <Body state={state} />
    </main>
  );
}
