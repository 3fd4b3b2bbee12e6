// Event → badge latency: a person's send on a routed ChatGPT conversation (type + Enter) until the
// toolbar badge shows the new count, read in the service worker.
import { launchWithExtension, openSitePage, routeFlow } from '../e2e/support/chromium.mjs';
import chatgpt from '../sites/chatgpt/chatgpt.flow.mjs';
import { quantile } from './stats.mjs';

// Runs in the service worker: polls the badge until it leaves `from`; returns when (Date.now()).
async function badgeChange(from) {
  for (;;) {
    const text = await chrome.action.getBadgeText({});
    if (text !== from) return { text, at: Date.now() };
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** `sends` sends one after another; ms from the Enter keydown in the page to the badge change, each. */
export async function measureBadgeLatency({ sends = 30 } = {}) {
  const ext = await launchWithExtension();
  try {
    await routeFlow(ext, chatgpt);
    const page = await openSitePage(ext, chatgpt.conversationUrl);
    await page.evaluate(() =>
      document.addEventListener(
        'keydown',
        (e) => e.key === 'Enter' && (window.__enterAt = Date.now()),
        true,
      ),
    );
    const latencies = [];
    for (let i = 1; i <= sends; i++) {
      const from = await ext.worker.evaluate(() => chrome.action.getBadgeText({}));
      const changed = ext.worker.evaluate(badgeChange, from);
      await page.click('#prompt-textarea');
      await page.keyboard.type(`question ${i}`);
      await page.keyboard.press('Enter');
      const { text, at } = await changed;
      if (text !== String(i)) throw new Error(`badge shows "${text}" after ${i} sends`);
      latencies.push(at - (await page.evaluate(() => window.__enterAt)));
      // Let the answer render before the next send, as a person would wait for it.
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-message-author-role="assistant"]').length >= n,
        i,
      );
    }
    return { sends, latencies, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) };
  } finally {
    await ext.close();
  }
}
