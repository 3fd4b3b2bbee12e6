// The same person's flow on every registered site (tests/sites/<site>/<site>.flow.mjs): the built
// extension in Chromium, the site's URL routed to its captured page and its send endpoint to a stub.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  badgeText,
  extensionPerSuite,
  openSitePage,
  readPopup,
  sendByEnterThenButton,
  waitForBadge,
  waitForContentScript,
} from './support/chromium.mjs';
import { loadFlows } from './support/routes.mjs';

const flows = await loadFlows();
const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

// Image sites have no chat: image-sites.e2e.test.mjs (`kind: 'image'`) and bing.e2e.test.mjs
// (`kind: 'image-page'`) run their flows.
for (const flow of flows.filter((f) => f.kind === undefined)) {
  describe(`${flow.site}: a person's day`, { timeout: 120_000 }, () => {
    let ext;
    extensionPerSuite([flow], (launched) => (ext = launched));

    const open = (url) => openSitePage(ext, url);
    const type = async (page, text) => {
      await page.click(flow.composer);
      await page.keyboard.type(text);
    };

    it('opens a conversation (0), sends by Enter (1) and button (2), regenerates (3), reloads (3), starts a new chat (4)', async () => {
      const page = await open(flow.conversationUrl);
      await quiet();
      assert.equal(await badgeText(ext), '', 'history must not count');

      await sendByEnterThenButton(ext, page, flow);

      await page.click('[data-e2e="regenerate"]');
      await waitForBadge(ext, '3');

      await page.reload();
      await waitForContentScript(page, ext.extensionId);
      await quiet();
      assert.equal(await badgeText(ext), '3', 'a reload counts nothing');
      await page.close();

      const fresh = await open(flow.newChatUrl);
      const startPath = new URL(fresh.url()).pathname;
      await type(fresh, 'a new chat');
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL((url) => url.pathname !== startPath);
      await waitForBadge(ext, '4');
      await quiet();
      assert.equal(await badgeText(ext), '4', 'the new chat counted once');

      const { popup, values } = await readPopup(ext);
      assert.equal(values['today-prompts'], 4);
      await popup.close();
      await fresh.close();
      assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    });
  });
}
