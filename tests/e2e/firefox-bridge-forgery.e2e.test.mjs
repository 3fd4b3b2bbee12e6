// The bridge forgery suite (bridge-forgery.e2e.test.mjs) in Debian's firefox-esr: a hostile page
// script after a real click, on every bridged site and on the chat sites whose drawn images a page can
// add to. One build per run: FF_TARGET=firefox-mv2 (default) or FF_TARGET=firefox-mv3.
//
// Not here: Copilot. Its prompts travel over a WebSocket, and puppeteer's request interception cannot
// answer a socket (Playwright's routeWebSocket does that in the Chromium suite).
import { after, before, describe, it } from 'node:test';
import * as firefox from './support/firefox.mjs';
import { forgeryFlows, tryForgeries } from './support/forgeries.mjs';
import { loadFlows } from './support/routes.mjs';

const flows = forgeryFlows(await loadFlows()).filter((flow) => flow.site !== 'copilot');

for (const flow of flows) {
  describe(
    `${flow.site} in Firefox (${firefox.TARGET}): a page script after a real click`,
    { timeout: 180_000 },
    () => {
      let ext;
      before(async () => {
        ext = await firefox.launchFirefox();
      });
      after(async () => ext?.close());

      it('forged and replayed bridge messages, patched built-ins and added images count nothing beyond the real work', async () => {
        const page = await firefox.openFlowPage(
          ext,
          flow,
          flow.kind === 'image' ? flow.pageUrl : flow.conversationUrl,
        );
        await tryForgeries(firefox, ext, page, flow);
        await page.close();
      });
    },
  );
}
