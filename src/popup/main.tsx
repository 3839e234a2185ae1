import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import { createPopupSource } from './source';
import './popup.css';

// With 'kalm-replies-shown' (Replies.tsx): the popup's own time to replies, for the figures.
performance.mark('kalm-popup-start');
document.documentElement.lang = uiLanguage();
render(<App source={createPopupSource(location.search)} />, document.getElementById('app')!);
