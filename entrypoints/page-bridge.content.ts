import { installImageJobBridge } from '@/src/detect/image-job-bridge';
import { installSocketBridge } from '@/src/detect/socket-bridge';
import { pageBridgeMatches, siteForUrl } from '@/src/sites/registry';

// Runs in the page's own world, before the site's scripts, on sites that send over a WebSocket or whose
// image jobs are read from responses. It passes on only classifications and job counts, never content.
export default defineContentScript({
  matches: pageBridgeMatches(),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const site = siteForUrl(location.href);
    if (site?.socket) installSocketBridge(window, site.socket);
    if (site?.imageJobs) installImageJobBridge(window, site.imageJobs);
  },
});
