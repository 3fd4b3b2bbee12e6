// Bridged-page cost: the worst pages with a page-world bridge, in Chromium with the built extension and
// without it, interleaved. Grok: after a send, the page fetches an answer of `tokens` NDJSON lines from
// the send endpoint (the bridge clones and parses every line) while the tokens are drawn into the
// answer, one every `tokenMs`. Copilot: after a send, the chat socket delivers `tokens` appendText
// frames, one every `tokenMs` (the bridge parses each frame), while the same tokens are drawn. Then
// one profiled run with the extension per site: CPU inside the extension's scripts (bridge and
// content script) against the page's main-thread time.
import {
  launchWithExtension,
  launchWithoutExtension,
  routeFlow,
  waitForContentScript,
} from '../e2e/support/chromium.mjs';
import copilot from '../sites/copilot/copilot.flow.mjs';
import grok from '../sites/grok/grok.flow.mjs';
import { extensionTime, metrics, METRICS } from './page-cost.mjs';
import { median } from './stats.mjs';

const GROK_BENCH =
  'https://grok.com/rest/app-chat/conversations/6b1f7c0a-1111-4222-8333-444455556666/responses?bench=1';
const COPILOT_BENCH = 'wss://copilot.microsoft.com/c/api/chat?bench=1';

/** Routes the flow's site and the bench's own answers (registered last, so they win). */
async function route(context, tokens, tokenMs) {
  await routeFlow({ context }, grok);
  await routeFlow({ context }, copilot);
  const lines = [{ result: { response: { userResponse: { responseId: 'u' } } } }];
  for (let n = 0; n < tokens; n++) lines.push({ result: { response: { token: ` tok${n}` } } });
  lines.push({ result: { response: { modelResponse: { responseId: 'a', message: '…' } } } });
  const body = lines.map((line) => JSON.stringify(line)).join('\n');
  await context.route(/bench=1/, (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await context.routeWebSocket(/bench=1/, (ws) => {
    ws.onMessage(async () => {
      const messageId = 'benchmessage';
      ws.send(JSON.stringify({ event: 'startMessage', messageId }));
      for (let n = 0; n < tokens; n++) {
        ws.send(JSON.stringify({ event: 'appendText', messageId, partId: '0', text: ` tok${n}` }));
        await new Promise((r) => setTimeout(r, tokenMs));
      }
      ws.send(JSON.stringify({ event: 'done', messageId }));
    });
  });
}

/** In the page: draws `tokens` tokens into the last element `selector` matches, one every `everyMs`. */
function draw([selector, tokens, everyMs]) {
  const turns = document.querySelectorAll(selector);
  const answer = turns[turns.length - 1] ?? document.body;
  let paragraph = answer.appendChild(document.createElement('p'));
  let drawn = 0;
  return new Promise((resolve) => {
    const next = () => {
      paragraph.append(document.createTextNode(` tok${drawn}`));
      drawn++;
      if (drawn % 50 === 0) paragraph = answer.appendChild(document.createElement('p'));
      if (drawn < tokens) setTimeout(next, everyMs);
      else resolve(drawn);
    };
    next();
  });
}

/** In the page: the answer of the Grok bench, fetched as the site's own script would. */
async function fetchGrokAnswer(url) {
  const response = await fetch(url, { method: 'POST', body: '{"message":"bench"}' });
  return (await response.text()).length;
}

/** In the page: the Copilot bench socket; resolves when its `done` frame arrived. */
function copilotFrames(url) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let frames = 0;
    socket.addEventListener('open', () => socket.send('{"event":"bench"}'));
    socket.addEventListener('message', (event) => {
      frames++;
      if (JSON.parse(event.data).event === 'done') resolve(frames);
    });
    socket.addEventListener('error', () => reject(new Error('bench socket failed')));
  });
}

/** Per site: its flow, what the bridge reads (an in-page function and its URL) and where tokens go. */
const SITES = {
  grok: {
    flow: grok,
    read: [fetchGrokAnswer, GROK_BENCH],
    answer: 'div[id^="response-"].items-start',
  },
  copilot: {
    flow: copilot,
    read: [copilotFrames, COPILOT_BENCH],
    answer: '[data-content="ai-message"]',
  },
};

async function openAndSend(context, flow, extensionId) {
  const page = await context.newPage();
  await page.goto(flow.conversationUrl);
  if (extensionId) await waitForContentScript(page, extensionId);
  await page.click(flow.composer);
  await page.keyboard.type('Explain how streaming works');
  await page.keyboard.press('Enter');
  await new Promise((r) => setTimeout(r, 500));
  return page;
}

async function streamCost(page, site, tokens, tokenMs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const start = await metrics(cdp);
  const { read, answer } = SITES[site];
  await Promise.all([page.evaluate(...read), page.evaluate(draw, [answer, tokens, tokenMs])]);
  const end = await metrics(cdp);
  await cdp.detach();
  return Object.fromEntries(METRICS.map((m) => [m, end[m] - start[m]]));
}

/**
 * For Grok and Copilot: `repeats` interleaved pairs with and without the extension, and one profiled
 * run with it. Returns per site the main-thread seconds of each run, their ratios and the profile's
 * extension milliseconds against the page's.
 */
export async function measureBridgedPages({ repeats = 3, tokens = 2000, tokenMs = 5 } = {}) {
  const ext = await launchWithExtension();
  const plain = await launchWithoutExtension();
  try {
    const plainContext = await plain.newContext();
    await route(ext.context, tokens, tokenMs);
    await route(plainContext, tokens, tokenMs);
    const results = {};
    for (const site of Object.keys(SITES)) {
      const { flow } = SITES[site];
      const runs = { with: [], without: [] };
      for (let i = -1; i < repeats; i++) {
        for (const side of i % 2 === 0 ? ['with', 'without'] : ['without', 'with']) {
          const page =
            side === 'with'
              ? await openAndSend(ext.context, flow, ext.extensionId)
              : await openAndSend(plainContext, flow);
          const cost = await streamCost(page, site, tokens, tokenMs);
          await page.close();
          if (i >= 0) runs[side].push(cost);
        }
      }
      const page = await openAndSend(ext.context, flow, ext.extensionId);
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const profiled = await streamCost(page, site, tokens, tokenMs);
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      await page.close();
      const ratios = runs.with.map((r, n) => r.TaskDuration / runs.without[n].TaskDuration);
      results[site] = {
        runs,
        ratios,
        ratio: median(ratios),
        profiled: {
          taskMs: profiled.TaskDuration * 1000,
          extensionMs: extensionTime(profile, ext.extensionId),
        },
      };
    }
    return results;
  } finally {
    await plain.close();
    await ext.close();
  }
}
