import { installSocketBridge } from '@/src/detect/socket-bridge';
import { socketRules, socketSiteMatches } from '@/src/sites/registry';

// Runs in the page's own world, before the site's scripts, on sites that send over a WebSocket.
export default defineContentScript({
  matches: socketSiteMatches(),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installSocketBridge(window, socketRules());
  },
});
