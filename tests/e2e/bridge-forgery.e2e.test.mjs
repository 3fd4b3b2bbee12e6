// A hostile page script on every site with a page-world bridge, AFTER a real (trusted) click: it posts
// the bridge's messages itself (500 jobs, a finished report above what was accepted, socket sends),
// listens for the bridge's port, patches the built-ins the bridge reads with (JSON.parse,
// Response.prototype.text/json/clone, MessagePort.prototype.postMessage) so that every array it reads
// looks 50 times longer, then a person makes one real job, then the page replays the bridge's messages
// 200 times with new ids after another real click. The count must equal the real work only. On chat
// sites that draw (Gemini, and every bridged chat site), the page also adds 300 images under the
// counted turn: at most CHAT_IMAGES_PER_SEND may count (docs/sites.md, "Caps per action").
import { describe, it } from 'node:test';
import * as chromium from './support/chromium.mjs';
import { forgeryFlows, tryForgeries } from './support/forgeries.mjs';
import { loadFlows } from './support/routes.mjs';

for (const flow of forgeryFlows(await loadFlows())) {
  describe(`${flow.site}: a page script after a real click`, { timeout: 180_000 }, () => {
    let ext;
    chromium.extensionPerSuite([flow], (launched) => (ext = launched));

    it('forged and replayed bridge messages, patched built-ins and added images count nothing beyond the real work', async () => {
      const page = await chromium.openSitePage(
        ext,
        flow.kind === 'image' ? flow.pageUrl : flow.conversationUrl,
      );
      await tryForgeries(chromium, ext, page, flow);
      await page.close();
    });
  });
}
