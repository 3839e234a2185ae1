import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import { createEmailSource } from './email-source';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App source={createEmailSource(location.search)} />, document.getElementById('app')!);
