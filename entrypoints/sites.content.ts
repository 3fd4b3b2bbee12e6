import { runOnPage } from '@/src/detect/run-page';
import { contentScriptMatches, siteForUrl } from '@/src/sites/registry';

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main() {
    const site = siteForUrl(location.href);
    if (site) runOnPage(site, document, (message) => browser.runtime.sendMessage(message));
  },
});
