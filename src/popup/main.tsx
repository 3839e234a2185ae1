import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import { createPopupSource } from './source';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App source={createPopupSource(location.search)} />, document.getElementById('app')!);
