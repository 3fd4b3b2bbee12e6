// Reliability in Chromium (issue 7, DESIGN.md §7): ten chat tabs sending at once while the service
// worker is stopped twice and one tab is reloaded mid-stream, then the browser restarted on the same
// profile. Every send must be stored exactly once, and badge, tooltip and popup must agree.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  badgeText,
  launchWithExtension,
  openSitePage,
  readPopup,
  routeFlow,
  stopServiceWorker,
  storedEvents,
  waitForBadge,
  waitForContentScript,
} from './support/chromium.mjs';
import {
  burstFlows,
  promptsBySite,
  runBurst,
  sendLikeAPerson,
  settledEvents,
} from './support/burst.mjs';

const SENDS_PER_TAB = 100;
const flows = await burstFlows();
const TOTAL = SENDS_PER_TAB * flows.length;
/** badge.ts shows 1,000–1,099 as "1k"; the tooltip has the exact count. */
const BADGE_AT_TOTAL = '1k';
const exactCount = (n) => new RegExp(`\\b${n.toLocaleString('en')} prompts\\b`);

/** The badge's tooltip, read from an extension page (the worker may be asleep). */
const badgeTitle = (page) => page.evaluate(() => chrome.action.getTitle({}));

describe(
  `Reliability in Chromium: ${flows.length} tabs × ${SENDS_PER_TAB} sends`,
  { timeout: 600_000 },
  () => {
    let ext;
    before(async () => {
      ext = await launchWithExtension();
      for (const flow of flows) await routeFlow(ext, flow);
    });
    after(async () => ext?.close());

    it('stores every send exactly once with the worker stopped twice and a tab reloaded mid-burst', async () => {
      const tabs = [];
      for (const flow of flows)
        tabs.push({ flow, page: await openSitePage(ext, flow.conversationUrl) });
      const stops = [];
      const stop = () => stopServiceWorker(ext, tabs[0].page).then(() => stops.push(Date.now()));

      const started = Date.now();
      const sent = await runBurst(tabs, {
        sendsPerTab: SENDS_PER_TAB,
        midBurst: [
          { afterSends: Math.round(TOTAL * 0.3), run: stop },
          { afterSends: Math.round(TOTAL * 0.65), run: stop },
        ],
        reload: {
          tab: 1,
          afterSend: SENDS_PER_TAB / 2,
          async run({ page }) {
            await page.reload();
            await waitForContentScript(page, ext.extensionId);
          },
        },
      });
      const burstMs = Date.now() - started;
      console.log(`# burst: ${TOTAL} sends in ${(burstMs / 1000).toFixed(1)} s`);
      assert.deepEqual(
        sent,
        flows.map(() => SENDS_PER_TAB),
      );
      assert.equal(stops.length, 2, 'the worker was stopped twice');

      const { popup } = await readPopup(ext);
      const events = await settledEvents(() => storedEvents(popup), TOTAL);
      assert.deepEqual(
        promptsBySite(events),
        Object.fromEntries(flows.map((f) => [f.site, SENDS_PER_TAB])),
        'each tab’s sends stored once',
      );
      assert.equal(events.length, TOTAL);
      assert.equal(new Set(events.map((e) => e.id)).size, TOTAL);
      await popup.close();

      await waitForBadge(ext, BADGE_AT_TOTAL);
      const fresh = await readPopup(ext);
      assert.equal(fresh.values['today-prompts'], TOTAL, 'popup shows every send');
      assert.equal(fresh.values['today-images'], 0);
      assert.match(await badgeTitle(fresh.popup), exactCount(TOTAL));
      await fresh.popup.close();
      for (const { page } of tabs) await page.close();
    });

    it('keeps every count over a browser restart on the same profile, and counts on', async () => {
      const { userDataDir } = ext;
      await ext.close({ keepProfile: true });
      ext = await launchWithExtension({ userDataDir });

      await waitForBadge(ext, BADGE_AT_TOTAL); // no event since the restart: the badge comes from storage
      const { popup, values } = await readPopup(ext);
      assert.equal(values['today-prompts'], TOTAL);
      assert.match(await badgeTitle(popup), exactCount(TOTAL));
      assert.equal((await storedEvents(popup)).length, TOTAL);

      const [flow] = flows;
      await routeFlow(ext, flow);
      const page = await openSitePage(ext, flow.conversationUrl);
      await sendLikeAPerson(page, flow, 'after the restart');
      const events = await settledEvents(() => storedEvents(popup), TOTAL + 1);
      assert.equal(events.length, TOTAL + 1);
      assert.equal(promptsBySite(events)[flow.site], SENDS_PER_TAB + 1);
      assert.equal(await badgeText(ext), BADGE_AT_TOTAL);
      assert.match(await badgeTitle(popup), exactCount(TOTAL + 1));
      await popup.close();
      await page.close();
      assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    });
  },
);
