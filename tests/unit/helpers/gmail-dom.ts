/** A modelled Gmail page in its own happy-dom window, at a given URL. */
import { Window } from 'happy-dom';
import { loadFixture } from '../../fixtures/gmail/load';
import { GMAIL } from '../../fixtures/gmail/cases';

export interface GmailPage {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

export function openGmailPage(name: string, url: string = `${GMAIL}#inbox`): GmailPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(loadFixture(name));
  return {
    window,
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** The inner HTML of the main region of a fixture: what Gmail draws there when navigating. */
export function mainRegionHtml(name: string): string {
  const page = openGmailPage(name);
  const html = page.document.querySelector('[role="main"]')?.innerHTML ?? '';
  void page.close();
  return html;
}
