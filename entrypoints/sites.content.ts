import { runOnPage } from '@/src/detect/run-page';
import { isNetworkSendMessage } from '@/src/messaging/relay';
import { contentScriptMatches, siteForUrl } from '@/src/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main() {
    const site = siteForUrl(location.href);
    if (!site) return;
    runOnPage(site, window, {
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
    });
  },
});
