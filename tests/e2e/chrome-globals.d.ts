/**
 * The few `chrome.*` calls the end-to-end tests evaluate inside the extension's service worker.
 * (Kalm's own code uses webextension-polyfill's typed `browser`; this avoids a dependency on
 * @types/chrome for three calls.)
 */
declare namespace chrome {
  namespace tabs {
    function query(info: { url?: string | string[] }): Promise<Array<{ id?: number; url?: string }>>;
  }
  namespace action {
    function getTitle(details: { tabId?: number }): Promise<string>;
  }
}
