import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import { App } from './App';
import { createPopupSource } from './source';
import './popup.css';

// With 'kalm-replies-shown' (Replies.tsx): the popup's own time to replies, for the figures.
performance.mark('kalm-popup-start');
const source = createPopupSource(location.search);
// Ask the Gmail tab and read the settings before the first render: the round trips run while
// preact draws the frame.
source.prefetch();
document.documentElement.lang = uiLanguage();
render(<App source={source} />, document.getElementById('app')!);
