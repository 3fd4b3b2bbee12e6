// Extension pages with a heavy history: 100,000 events over the last year, stored through the real
// import path (the background's checkImport + mergeEvents). Times the popup (navigation start →
// totals in the DOM) and the weekly page (→ totals and the drawn chart), over fresh tabs.
import { randomBytes } from 'node:crypto';
import { launchWithExtension, readPopup } from '../e2e/support/chromium.mjs';
import { quantile } from './stats.mjs';

const DAY_MS = 86_400_000;
const SITES = ['chatgpt', 'gemini', 'claude', 'copilot', 'perplexity', 'midjourney'];
const pad = (n) => String(n).padStart(2, '0');
const localDay = (at) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** `count` events spread evenly over the year before `now`; every 9th is an image. */
export function yearOfEvents(count, now) {
  return Array.from({ length: count }, (_, i) => {
    const at = now - Math.floor((i / count) * 365 * DAY_MS);
    const kind = i % 9 === 0 ? 'image' : 'prompt';
    return {
      id: randomBytes(16).toString('hex'),
      site: SITES[i % SITES.length],
      kind,
      trigger: kind === 'image' ? 'image' : 'send',
      at,
      day: localDay(at),
      sources: ['dom'],
    };
  });
}

// Runs in the extension page before its scripts: notes (ms after navigation start) when every
// selector is in the DOM and, when asked, the Chart.js canvas has been set up and drawn.
function noteWhenRendered({ selectors, chart }) {
  const done = () =>
    selectors.every((s) => document.querySelector(s)) &&
    (!chart || document.querySelector(chart)?.style.boxSizing === 'border-box');
  const observer = new MutationObserver(() => {
    if (!done()) return;
    window.__renderedAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Opens `url` in fresh tabs `repeats` times; ms from navigation start to rendered, each time. */
async function timeRendering(context, url, marks, repeats) {
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const page = await context.newPage();
    await page.addInitScript(noteWhenRendered, marks);
    await page.goto(url);
    await page.waitForFunction(() => window.__renderedAt !== undefined);
    times.push(await page.evaluate(() => window.__renderedAt));
    await page.close();
  }
  return times;
}

const summary = (times) => ({ times, p50: quantile(times, 0.5), p95: quantile(times, 0.95) });

/** Seeds the history, checks the popup shows exactly it, then times popup and weekly page. */
export async function measureExtensionPages({ events: count = 100_000, repeats = 20 } = {}) {
  const ext = await launchWithExtension();
  try {
    const now = Date.now() - 60_000;
    const events = yearOfEvents(count, now);
    const file = JSON.stringify({
      format: 'ai-footprint-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      events,
    });
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/footprint.html`);
    const started = Date.now();
    const ack = await page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'import-data', text }),
      file,
    );
    const importMs = Date.now() - started;
    await page.close();
    if (!ack?.ok || ack.added !== count) throw new Error(`import failed: ${JSON.stringify(ack)}`);

    const { popup, values } = await readPopup(ext);
    await popup.close();
    const today = localDay(Date.now());
    const expected = {
      'total-prompts': events.filter((e) => e.kind === 'prompt').length,
      'total-images': events.filter((e) => e.kind === 'image').length,
      'today-prompts': events.filter((e) => e.kind === 'prompt' && e.day === today).length,
    };
    for (const [id, value] of Object.entries(expected)) {
      if (values[id] !== value) throw new Error(`popup ${id} shows ${values[id]}, stored ${value}`);
    }

    const base = `chrome-extension://${ext.extensionId}`;
    const popupTimes = await timeRendering(
      ext.context,
      `${base}/popup.html`,
      { selectors: ['[data-testid="today-prompts"]', '[data-testid="total-prompts"]'] },
      repeats,
    );
    const weeklyTimes = await timeRendering(
      ext.context,
      `${base}/footprint.html`,
      { selectors: ['[data-testid="week-prompts"]'], chart: '[data-testid="week-chart"]' },
      repeats,
    );
    return {
      events: count,
      importMs,
      popupShows: expected,
      popup: summary(popupTimes),
      weekly: summary(weeklyTimes),
    };
  } finally {
    await ext.close();
  }
}
