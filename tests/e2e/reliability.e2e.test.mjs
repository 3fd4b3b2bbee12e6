// Reliability in Chromium (docs/reliability.md#burst-in-chromium): ten chat tabs sending at once while the service
// worker is stopped twice and one tab is reloaded mid-stream, then the browser restarted on the same
// profile. Every send must be stored exactly once, and badge, tooltip and popup must agree.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as chromium from './support/chromium.mjs';
import {
  assertBurstStoredOnce,
  assertCountsSurviveRestart,
  burstFlows,
  runBurst,
} from './support/burst.mjs';

const { launchWithExtension, openSitePage, routeFlow, stopServiceWorker, waitForContentScript } =
  chromium;

const SENDS_PER_TAB = 100;
const flows = await burstFlows();
const TOTAL = SENDS_PER_TAB * flows.length;

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

      await assertBurstStoredOnce(chromium, ext, flows, SENDS_PER_TAB);
      for (const { page } of tabs) await page.close();
    });

    it('keeps every count over a browser restart on the same profile, and counts on', async () => {
      const { userDataDir } = ext;
      await ext.close({ keepProfile: true });
      ext = await launchWithExtension({ userDataDir });

      await assertCountsSurviveRestart(chromium, ext, flows, SENDS_PER_TAB, async (flow) => {
        await routeFlow(ext, flow);
        return openSitePage(ext, flow.conversationUrl);
      });
      assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    });
  },
);
