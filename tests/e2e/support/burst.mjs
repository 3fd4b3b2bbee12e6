// The reliability burst, shared by the Chromium and Firefox tests: one chat site per tab, every tab
// sending as a person does at the same time as the others. Uses only page methods that Playwright and
// Puppeteer share (click, keyboard, evaluate, reload).
import assert from 'node:assert/strict';
import { loadFlows } from './routes.mjs';

/** The chat sites the burst spreads over its tabs, one tab each. */
export const BURST_SITES = [
  'chatgpt',
  'claude',
  'gemini',
  'deepseek',
  'mistral',
  'qwen',
  'poe',
  'huggingchat',
  'perplexity',
  'grok',
];

/** The flows (tests/sites/<site>/<site>.flow.mjs) of BURST_SITES, in that order. */
export async function burstFlows() {
  const flows = await loadFlows();
  return BURST_SITES.map((site) => {
    const flow = flows.find((f) => f.site === site);
    if (!flow) throw new Error(`no flow for ${site} in tests/sites`);
    return flow;
  });
}

/** Whether `url` belongs to one of `flow`'s origins (so the test answers it with the flow's stubs). */
export const isFlowUrl = (flow, url) => flow.origins.some((origin) => url.startsWith(`${origin}/`));

/**
 * How many answers the site double has rendered since the page loaded (sim-core.js counts them), or,
 * with `after`, waits in the page until it shows more than `after`.
 */
function answersShown(after) {
  const count = () => Number(document.documentElement.dataset.e2eAnswers ?? 0);
  if (after === null) return count();
  return new Promise((resolve, reject) => {
    const done = () => count() > after && (observer.disconnect(), resolve(count()));
    const observer = new MutationObserver(done);
    observer.observe(document.documentElement, { attributes: true });
    done();
    setTimeout(() => reject(new Error(`no answer after ${after} answers`)), 15_000);
  });
}

const CLICK = { force: true };

/**
 * Sends `text` the way a person does, by Enter or by the send button, and waits for the site's answer
 * (not for the extension: counting must keep up with the person, not the other way round).
 */
export async function sendLikeAPerson(
  page,
  flow,
  text,
  { byButton = false, typing = (type) => type() } = {},
) {
  const before = await page.evaluate(answersShown, null);
  // `force` skips Playwright's wait for a stable element, which needs animation frames that Chromium
  // gives only the front tab (about 2 s per click elsewhere). Still a real mouse click; Puppeteer has no
  // such wait and ignores the option.
  await typing(async () => {
    await page.click(flow.composer, CLICK);
    await page.keyboard.type(text);
    if (byButton) await page.click(flow.sendButton, CLICK);
    else await page.keyboard.press('Enter');
  });
  await page.evaluate(answersShown, before);
}

/**
 * Runs typing steps one at a time, as one keyboard does: in Firefox, keys typed into two windows at
 * once land in whichever has the focus. The sends' answers and their counting still overlap.
 */
function oneKeyboard() {
  let last = Promise.resolve();
  return (type) => {
    const turn = last.then(type);
    last = turn.catch(() => {});
    return turn;
  };
}

/**
 * Runs `sendsPerTab` sends in every tab, all tabs at once. `midBurst` steps start once the tabs made
 * `afterSends` sends in all, while the other tabs keep sending (unless the step has `pause: true`: then
 * every tab waits for it before its next send). `reload` reloads one tab right after its
 * `afterSend`-th answer, before the extension can have delivered that send. `oneKeyboardForAll` types
 * into one tab at a time (see oneKeyboard). Returns how many sends each tab made.
 */
export async function runBurst(
  tabs,
  { sendsPerTab, midBurst = [], reload, oneKeyboardForAll = false },
) {
  const typing = oneKeyboardForAll ? oneKeyboard() : undefined;
  let made = 0;
  let gate = Promise.resolve();
  const started = new Map();
  const startDueSteps = () => {
    for (const step of midBurst) {
      if (started.has(step) || made < step.afterSends) continue;
      const running = step.run();
      started.set(step, running);
      if (step.pause) gate = Promise.all([gate, running]);
    }
  };
  const sent = tabs.map(() => 0);
  await Promise.all(
    tabs.map(async (tab, index) => {
      for (let n = 1; n <= sendsPerTab; n++) {
        await gate;
        await sendLikeAPerson(tab.page, tab.flow, `q${index} ${n}`, {
          byButton: n % 2 === 0,
          typing,
        });
        sent[index] = n;
        made++;
        startDueSteps();
        if (reload?.tab === index && reload.afterSend === n) await reload.run(tab);
      }
    }),
  );
  await Promise.all(started.values());
  return sent;
}

/** Prompt events per site, from the stored events. */
function promptsBySite(events) {
  const counts = {};
  for (const event of events) {
    if (event.kind === 'prompt') counts[event.site] = (counts[event.site] ?? 0) + 1;
  }
  return counts;
}

/**
 * Reads the stored events with `read()` until there are `expected` or more, then once more after a
 * quiet while, so a late duplicate or a late retry shows up too. Returns the last read.
 */
async function settledEvents(read, expected, { timeout = 60_000, quietMs = 2000 } = {}) {
  const deadline = Date.now() + timeout;
  let events = await read();
  while (events.length < expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    events = await read();
  }
  await new Promise((r) => setTimeout(r, quietMs));
  return read();
}

/** badge.ts shows 1,000–1,099 as "1k"; the tooltip has the exact count. */
const badgeAt = (total) => (total >= 1000 ? `${Math.floor(total / 1000)}k` : String(total));
const exactCount = (n) => new RegExp(`\\b${n.toLocaleString('en')} prompts\\b`);
/** The badge's tooltip, read from an extension page (the worker may be asleep). */
const badgeTitle = (page) =>
  page.evaluate(() => (globalThis.browser ?? globalThis.chrome).action.getTitle({}));

/**
 * The checks after a burst of `sendsPerTab` sends in each flow's tab, the same in every browser:
 * each send stored once (per site, by id), then badge, tooltip and a fresh popup agree on the total.
 * `driver` holds the browser's readPopup, storedEvents and waitForBadge (support/chromium.mjs,
 * support/firefox.mjs).
 */
export async function assertBurstStoredOnce(driver, ext, flows, sendsPerTab) {
  const total = flows.length * sendsPerTab;
  const { popup } = await driver.readPopup(ext);
  const events = await settledEvents(() => driver.storedEvents(popup), total);
  assert.deepEqual(
    promptsBySite(events),
    Object.fromEntries(flows.map((f) => [f.site, sendsPerTab])),
    'each tab’s sends stored once',
  );
  assert.equal(events.length, total);
  assert.equal(new Set(events.map((e) => e.id)).size, total);
  await popup.close();

  await driver.waitForBadge(ext, badgeAt(total));
  const fresh = await driver.readPopup(ext);
  assert.equal(fresh.values['today-prompts'], total, 'popup shows every send');
  assert.equal(fresh.values['today-images'], 0);
  assert.match(await badgeTitle(fresh.popup), exactCount(total));
  await fresh.popup.close();
}

/**
 * The checks after the browser restarted on the profile of that burst: the counts are all there before
 * any site page is open (the badge comes from storage), and one more send in the first flow's page,
 * opened by `openFlowPage(flow)`, counts on.
 */
export async function assertCountsSurviveRestart(driver, ext, flows, sendsPerTab, openFlowPage) {
  const total = flows.length * sendsPerTab;
  await driver.waitForBadge(ext, badgeAt(total));
  const { popup, values } = await driver.readPopup(ext);
  assert.equal(values['today-prompts'], total);
  assert.match(await badgeTitle(popup), exactCount(total));
  assert.equal((await driver.storedEvents(popup)).length, total);

  const [flow] = flows;
  const page = await openFlowPage(flow);
  await sendLikeAPerson(page, flow, 'after the restart');
  const events = await settledEvents(() => driver.storedEvents(popup), total + 1);
  assert.equal(events.length, total + 1);
  assert.equal(promptsBySite(events)[flow.site], sendsPerTab + 1);
  assert.equal(await driver.badgeText(ext), badgeAt(total + 1));
  assert.match(await badgeTitle(popup), exactCount(total + 1));
  await popup.close();
  await page.close();
}
