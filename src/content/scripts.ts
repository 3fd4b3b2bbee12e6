import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { catchBridgePort, openBridgeChannel, type BridgeInbox } from '../detect/bridge-channel';
import type { installImageJobBridge } from '../detect/image-job-bridge';
import { runOnPage, type PageExtras } from '../detect/run-page';
import type { installSocketBridge } from '../detect/socket-bridge';
import { isNetworkSendMessage } from '../messaging/relay';
import type { BridgeRules, SiteAdapter } from '../domain/site';

/**
 * The content script (counter) of one site. Each site has its own entrypoint so a page receives only
 * its own adapter and the shared detection code, not the whole registry (docs/design.md#targets:
 * ≤ 15 KB per page, 18 KB with a bridge). `extras` holds the watchers only this site needs (see PageExtras). The manifest entry comes
 * from `siteContentScripts` (manifest.ts). On a bridged site it runs at document_start to catch the
 * bridge's private port before any page script runs (bridge-channel.ts), then waits for the document.
 */
export function siteContentScript(site: SiteAdapter, extras: PageExtras = {}) {
  return defineUnlistedScript({
    // No global of ours on the page (a bridge runs in the page's own world).
    globalName: false,
    main() {
      const bridge = site.bridge ? catchBridgePort(window) : undefined;
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => start(site, extras, bridge), {
          once: true,
        });
      } else start(site, extras, bridge);
    },
  });
}

function start(site: SiteAdapter, extras: PageExtras, bridge: BridgeInbox | undefined): void {
  runOnPage(
    site,
    window,
    {
      bridge,
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
}

/** The page-world installers a site's bridge needs, passed by its entrypoint like PageExtras. */
export interface BridgeInstallers {
  /** Required when the rules have `socket` rules (Copilot). */
  installSocketBridge?: typeof installSocketBridge;
  /** Required when the rules have `imageJobs` rules. */
  installImageJobBridge?: typeof installImageJobBridge;
}

/**
 * The page-world script of one site (its module's `bridgeRules`), which runs before the site's own
 * scripts and passes on only classifications and job counts, never content (see socket-bridge.ts and
 * image-job-bridge.ts). The manifest entry comes from `siteContentScripts` (manifest.ts).
 */
export function pageBridgeScript({ socket, imageJobs }: BridgeRules, installers: BridgeInstallers) {
  const { installSocketBridge, installImageJobBridge } = installers;
  if (socket && !installSocketBridge) throw new Error('socket rules need installSocketBridge');
  if (imageJobs && !installImageJobBridge) {
    throw new Error('image-job rules need installImageJobBridge');
  }
  return defineUnlistedScript({
    // No global of ours on the page (a bridge runs in the page's own world).
    globalName: false,
    main() {
      const channel = openBridgeChannel(window);
      if (socket) installSocketBridge?.(window, socket, channel);
      if (imageJobs) installImageJobBridge?.(window, imageJobs, channel);
    },
  });
}
