/**
 * Where the banner lives in Gmail's page: one host element, `<kalm-banner>`, with an open shadow
 * root (the test hook `data-testid="kalm-banner"`, `data-flags` = the flag ids shown). The slot
 * keeps one banner at most: showing it for the same email again re-renders in place (the user's
 * state, such as an open hint, stays); for another email the old banner goes first. Stray hosts
 * (left by an earlier copy of the content script) are removed, so the banner never duplicates.
 */
import { h, render } from 'preact';
import { uiLanguage } from '../../shared/i18n';
import { Banner, type BannerProps } from './Banner';
import { BANNER_CSS } from './banner-style';

export const BANNER_TAG = 'kalm-banner';

/** Where to put the banner: into `parent`, before `before` (null: at the end). */
export interface BannerPlace {
  parent: Element;
  before: Element | null;
}

/** Events that stay inside the banner, so Gmail's keyboard shortcuts and click handlers do not act on them. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click'] as const;

export class BannerSlot {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private key: string | undefined;

  constructor(private readonly doc: Document) {}

  /** The host element while a banner is shown. */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** A banner was shown and Gmail has since removed it from the page. */
  get wasRemoved(): boolean {
    return this.host !== undefined && !this.host.isConnected;
  }

  show(place: BannerPlace, key: string, props: BannerProps): HTMLElement {
    if (this.host && this.key !== key) this.hide();
    if (!this.host) this.create();
    const host = this.host!;
    this.key = key;
    if (host.parentNode !== place.parent || host.nextSibling !== place.before) place.parent.insertBefore(host, place.before);
    for (const stray of this.doc.querySelectorAll(BANNER_TAG)) if (stray !== host) stray.remove();
    host.setAttribute('data-flags', props.analysis.flags.map((flag) => flag.id).join(' '));
    host.setAttribute('data-theme', props.theme);
    render(h(Banner, props), this.container!);
    return host;
  }

  hide(): void {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
    this.key = undefined;
  }

  private create(): void {
    const host = this.doc.createElement(BANNER_TAG);
    host.setAttribute('data-testid', 'kalm-banner');
    // Gmail's page styles could reach the host itself (not its shadow tree): keep it a plain block.
    host.style.setProperty('display', 'block');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = BANNER_CSS;
    const container = this.doc.createElement('div');
    container.lang = uiLanguage();
    for (const type of CONTAINED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
    root.append(style, container);
    this.host = host;
    this.container = container;
  }
}
