import { t } from '../shared/i18n';

/** The settings page. For now: what Kalm does and its privacy promise; settings come with the replies. */
export function App({ version }: { version: string }) {
  return (
    <main class="options" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <p class="version">{t('optionsVersion', version)}</p>
    </main>
  );
}
