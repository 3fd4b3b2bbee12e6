import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installImageJobBridge } from '../detect/image-job-bridge';
import { runOnPage, type PageExtras } from '../detect/run-page';
import { installSocketBridge } from '../detect/socket-bridge';
import { isNetworkSendMessage } from '../messaging/relay';
import type { SiteAdapter } from '../sites/types';

/**
 * The content script of one site. Each site has its own entrypoint so a page receives only its own
 * adapter and the shared detection code, not the whole registry (DESIGN.md §7: ≤ 15 KB per page).
 * `extras` holds the watchers only this site needs (see PageExtras).
 */
export function siteContentScript(site: SiteAdapter, extras: PageExtras = {}) {
  return defineContentScript({
    matches: site.matches,
    runAt: 'document_idle',
    main() {
      runOnPage(
        site,
        window,
        {
          send: (message) => browser.runtime.sendMessage(message),
          onNetworkSend(listener) {
            const onMessage = (
              message: unknown,
              _sender: unknown,
              sendResponse: (r: unknown) => void,
            ) => {
              if (!isNetworkSendMessage(message)) return undefined;
              listener(message);
              sendResponse({ ok: true });
              return undefined;
            };
            browser.runtime.onMessage.addListener(onMessage);
            return () => browser.runtime.onMessage.removeListener(onMessage);
          },
          now: () => Date.now(),
        },
        undefined,
        extras,
      );
    },
  });
}

/** Whether a site needs the page-world bridge: it sends over a WebSocket or its image jobs are read from responses. */
export function needsPageBridge(site: SiteAdapter): boolean {
  return Boolean(site.socket || site.imageJobs);
}

/**
 * The page-world script of one site, which runs before the site's own scripts and passes on only
 * classifications and job counts, never content (see socket-bridge.ts and image-job-bridge.ts).
 */
export function pageBridgeScript(site: SiteAdapter) {
  return defineContentScript({
    matches: site.matches,
    world: 'MAIN',
    runAt: 'document_start',
    main() {
      if (site.socket) installSocketBridge(window, site.socket);
      if (site.imageJobs) installImageJobBridge(window, site.imageJobs);
    },
  });
}
