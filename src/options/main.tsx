import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../shared/i18n';
import { validateSettings } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/storage';
import { App, type OptionsStore } from './App';
import { repairedLabels } from './form';
import { readStoredSettings } from './stored';
import './options.css';

const store: OptionsStore = {
  async load() {
    const [settings, raw] = await Promise.all([loadSettings(), readStoredSettings()]);
    return { settings, repaired: raw === undefined ? undefined : repairedLabels(validateSettings(raw).errors) };
  },
  save: saveSettings,
};

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(
  <App store={store} version={browser.runtime.getManifest().version} uiLanguage={uiLanguage()} />,
  document.getElementById('app')!,
);
