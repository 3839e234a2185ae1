import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../shared/i18n';
import { App } from './App';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<App version={browser.runtime.getManifest().version} />, document.getElementById('app')!);
