// Page cost: main-thread time of a long ChatGPT conversation streaming an answer after a send, in
// Chromium with the built extension and without it, interleaved, several repeats. Then one profiled
// run with the extension: CPU time inside the extension's content script and how often it queried
// the whole document while the answer streamed.
import {
  launchWithExtension,
  launchWithoutExtension,
  waitForContentScript,
} from '../e2e/support/chromium.mjs';
import { CONVERSATION_URL, TURNS, routeLongConversation } from './chat-page.mjs';
import { median } from './stats.mjs';

export const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/** The main thread's CDP Performance metrics this bench reads. */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(
    list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]),
  );
}

/** Opens the conversation, sends a prompt the way a person does and waits for the answer's turn. */
async function openAndSend(context, extensionId) {
  const page = await context.newPage();
  await page.goto(CONVERSATION_URL);
  if (extensionId) await waitForContentScript(page, extensionId);
  const answers = () => page.$$eval('[data-message-author-role="assistant"]', (els) => els.length);
  const before = await answers();
  if (before !== TURNS / 2)
    throw new Error(`the conversation shows ${before} answers, not ${TURNS / 2}`);
  await page.click('#prompt-textarea');
  await page.keyboard.type('Explain how streaming works');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-message-author-role="assistant"]').length === n,
    before + 1,
  );
  return page;
}

/**
 * Main-thread CPU seconds (CDP Performance metrics) spent while `tokens` tokens stream. The durations
 * are read in thread ticks, the CPU time of the page's main thread: on a shared 2-core machine, wall
 * time also counts the moments another process had the core, which swung pairs by ±20 %.
 */
async function streamCost(page, { tokens, tokenMs }, during = async () => {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const start = await metrics(cdp);
  const streamed = await page.evaluate(([n, ms]) => window.__benchStream(n, ms), [tokens, tokenMs]);
  if (streamed !== tokens) throw new Error(`streamed ${streamed} of ${tokens} tokens`);
  const end = await metrics(cdp);
  await during(cdp);
  await cdp.detach();
  return Object.fromEntries(METRICS.map((m) => [m, end[m] - start[m]]));
}

// Runs in the content script's isolated world: counts its queries of the whole document (its own
// wrappers of the DOM methods; the page's world is untouched).
function countDocumentQueries() {
  globalThis.__benchDocumentQueries = 0;
  const whole = (node) =>
    node === document || node === document.documentElement || node === document.body;
  for (const proto of [Document.prototype, Element.prototype]) {
    for (const name of [
      'querySelectorAll',
      'querySelector',
      'getElementsByTagName',
      'getElementsByClassName',
    ]) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (...args) {
        if (whole(this)) globalThis.__benchDocumentQueries++;
        return original.apply(this, args);
      };
    }
  }
}

/** The content script's isolated world in `page`, by its origin. */
async function contentScriptWorld(cdp, extensionId) {
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.origin === `chrome-extension://${extensionId}`);
  if (!world) throw new Error('no content-script world on the page');
  return world.id;
}

/** Milliseconds of samples whose stack holds a frame of the extension's own scripts. */
export function extensionTime(profile, extensionId) {
  const prefix = `chrome-extension://${extensionId}/`;
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const result =
      node.callFrame.url.startsWith(prefix) || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, result);
    return result;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

/**
 * Interleaves `repeats` runs with and without the extension; returns each run's main-thread time and
 * the profiled run's extension time and whole-document query count.
 */
export async function measurePageCost({ repeats = 5, tokens = 2000, tokenMs = 5 } = {}) {
  const ext = await launchWithExtension();
  const plain = await launchWithoutExtension();
  try {
    const plainContext = await plain.newContext();
    await routeLongConversation(ext.context);
    await routeLongConversation(plainContext);
    const runs = { with: [], without: [] };
    const stream = { tokens, tokenMs };
    // One warm-up each (code caches, fonts), not counted.
    for (let i = -1; i < repeats; i++) {
      for (const side of i % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
        const page =
          side === 'with'
            ? await openAndSend(ext.context, ext.extensionId)
            : await openAndSend(plainContext);
        const cost = await streamCost(page, stream);
        await page.close();
        if (i >= 0) runs[side].push(cost);
      }
    }

    const page = await openAndSend(ext.context, ext.extensionId);
    const cdp = await ext.context.newCDPSession(page);
    const world = await contentScriptWorld(cdp, ext.extensionId);
    await cdp.send('Runtime.evaluate', {
      contextId: world,
      expression: `(${countDocumentQueries})()`,
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const profiled = await streamCost(page, stream);
    const { profile } = await cdp.send('Profiler.stop');
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world,
      expression: 'globalThis.__benchDocumentQueries',
      returnByValue: true,
    });
    await cdp.detach();
    await page.close();

    const ratios = runs.with.map((r, i) => r.TaskDuration / runs.without[i].TaskDuration);
    return {
      repeats,
      tokens,
      tokenMs,
      runs,
      ratios,
      ratio: median(ratios),
      ratioOfMedians:
        median(runs.with.map((r) => r.TaskDuration)) /
        median(runs.without.map((r) => r.TaskDuration)),
      profiled: {
        taskMs: profiled.TaskDuration * 1000,
        extensionMs: extensionTime(profile, ext.extensionId),
        documentQueries: result.value,
      },
    };
  } finally {
    await plain.close();
    await ext.close();
  }
}
