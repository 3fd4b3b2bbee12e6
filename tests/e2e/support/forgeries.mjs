// What a hostile page script does on a bridged site (bridge-forgery.e2e.test.mjs in Chromium and
// firefox-bridge-forgery.e2e.test.mjs). The page functions run in the page (passed to page.evaluate); see issue 19.
import assert from 'node:assert/strict';
import { IMAGE_PROMPT } from './routes.mjs';

const quiet = (ms = 1000) => new Promise((r) => setTimeout(r, ms));

/** Bridged sites: their counter hears the page-world bridge. */
export const BRIDGED = [
  'midjourney',
  'ideogram',
  'leonardo',
  'firefly',
  'grok',
  'metaai',
  'copilot',
];
/** Chat sites whose drawn images are read from the DOM, where a page can add more. */
export const FLOODED = ['gemini', 'chatgpt'];

/** The flows the forgery suites drive: every bridged site, and the flooded chat sites that draw. */
export const forgeryFlows = (flows) =>
  flows.filter(
    (flow) =>
      BRIDGED.includes(flow.site) || (FLOODED.includes(flow.site) && flow.imageTurn !== undefined),
  );

/** The page listens for anything carrying a port, as a thief would. */
export function listenForPorts() {
  window.__portsSeen = 0;
  window.addEventListener('message', (event) => (window.__portsSeen += event.ports.length), true);
}

/** The bridge's messages, as the old window transport carried them, `times` times with new ids. */
export function postForgedBridgeMessages(times) {
  const post = (message) => window.postMessage(message, location.origin);
  for (let i = 0; i < times; i++) {
    const ticket = crypto.randomUUID();
    const jobs = Array.from({ length: 500 }, (_, n) => ({
      jobKey: `forged-${ticket}-${n}`,
      images: 16,
    }));
    post({ 'ai-footprint:socket-send': { trigger: 'send', messageKey: `forged-${ticket}` } });
    post({ 'ai-footprint:image-job': { ticket, start: true } });
    post({ 'ai-footprint:image-job': { ticket, jobs } });
    post({ 'ai-footprint:image-job': { finished: jobs.map((j) => ({ ...j, images: 16 })) } });
    post({ 'ai-footprint:bridge-port': true });
  }
}

/** Patches the built-ins a bridge reads with: every array it parses becomes 50 distinct copies. */
export function patchBuiltins() {
  const inflate = (value) => {
    if (Array.isArray(value)) {
      return value.flatMap((item) =>
        Array.from({ length: 50 }, (_, copy) => rename(inflate(item), copy)),
      );
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inflate(v)]));
    }
    return value;
  };
  const rename = (value, copy) => {
    if (copy === 0) return value;
    if (typeof value === 'string') return `${value}-copy${copy}`;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, copy)]));
    }
    return value;
  };
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const inflateText = (text) => {
    try {
      return stringify(inflate(parse(text)));
    } catch {
      return text
        .split('\n')
        .map((line) => {
          try {
            return stringify(inflate(parse(line)));
          } catch {
            return line;
          }
        })
        .join('\n');
    }
  };
  JSON.parse = (text, reviver) => inflate(parse(text, reviver));
  const text = Response.prototype.text;
  Response.prototype.text = async function () {
    return inflateText(await text.call(this));
  };
  Response.prototype.json = async function () {
    return inflate(parse(await text.call(this)));
  };
  const clone = Response.prototype.clone;
  Response.prototype.clone = function () {
    const copy = clone.call(this);
    return new Response(text.call(copy).then(inflateText), { status: copy.status });
  };
  const postMessage = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...args) {
    for (let i = 0; i < 50; i++) postMessage.apply(this, args);
  };
}

/** Adds 300 generated images under the last answer, each in its own image container with its own id. */
export function floodImages(selector) {
  const images = document.querySelectorAll(selector);
  const last = images[images.length - 1];
  const holder = last.closest('generated-image, div[id^="image-"]') ?? last;
  for (let i = 0; i < 300; i++) {
    const copy = holder.cloneNode(true);
    if (copy.id) copy.id = `image-${crypto.randomUUID()}`;
    holder.parentElement.append(copy);
  }
}

export const FLOOD_SELECTOR = {
  gemini: 'model-response generated-image img',
  chatgpt: 'div[id^="image-"] img',
};

/** What one real action makes on this flow: [badge, prompts, images]. */
export function realWork(flow) {
  if (flow.kind === 'image') return { prompts: 0, images: flow.images };
  return { prompts: 1, images: flow.imageTurn?.images ?? 0 };
}

/**
 * Records what the page sends from now on (fetch and XMLHttpRequest POSTs, WebSocket frames), through
 * the bridge's wrappers, so that `replaySends` can send it again as the page's own script would.
 */
export function recordSends() {
  window.__sends = [];
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    if ((init?.method ?? 'GET').toUpperCase() === 'POST') {
      window.__sends.push({ kind: 'fetch', url: String(input.url ?? input), init: { ...init } });
    }
    return fetch.call(this, input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.__request = { method, url: String(url) };
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    if (this.__request?.method.toUpperCase() === 'POST') {
      window.__sends.push({ kind: 'xhr', url: this.__request.url, body });
    }
    return send.call(this, body);
  };
  const socketSend = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    window.__sends.push({ kind: 'socket', socket: this, data });
    return socketSend.call(this, data);
  };
}

/**
 * Sends every recorded request and frame `times` more times, without a gesture. The site's stub
 * answers each request with fresh job ids, so every replay is a new job to the bridge.
 */
export async function replaySends(times) {
  // A snapshot: the replays pass through the recorder too.
  const sends = [...window.__sends];
  const replays = [];
  for (let i = 0; i < times; i++) {
    for (const sent of sends) {
      if (sent.kind === 'fetch') replays.push(fetch(sent.url, sent.init).catch(() => {}));
      if (sent.kind === 'socket' && sent.socket.readyState === 1) sent.socket.send(sent.data);
      if (sent.kind === 'xhr') {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', sent.url);
        xhr.send(sent.body);
      }
    }
  }
  await Promise.all(replays);
  return sends.length;
}

async function act(page, flow) {
  await page.click(flow.composer);
  await page.keyboard.type(flow.kind === 'image' ? 'a red bicycle' : IMAGE_PROMPT);
  if (flow.kind === 'image' && flow.generate) await page.click(flow.generate);
  else await page.keyboard.press('Enter');
}

/**
 * On an open page of `flow` with the extension (`driver`: an ExtensionDriver, support/driver.mjs):
 * a real click, then every forgery; the built-ins patched, then one real job; another real click,
 * then 200 replays with new ids (and 300 images added on a flooded chat site). Asserts that the
 * count is the real work only.
 */
export async function tryForgeries(driver, ext, page, flow) {
  await page.evaluate(listenForPorts);
  await quiet();
  assert.equal(await driver.badgeText(ext), '');

  // A real click, then the forgeries.
  await page.click(flow.composer);
  await page.evaluate(postForgedBridgeMessages, 1);
  await quiet();
  assert.equal(await driver.badgeText(ext), '', 'forged bridge messages count nothing');

  // The page patches the built-ins and records its sends, then a person makes one real job.
  await page.evaluate(patchBuiltins);
  await page.evaluate(recordSends);
  await act(page, flow);
  const { prompts, images } = realWork(flow);
  // A wide wait: Firefox under load took over 10 s for Ideogram's poll to report the job done.
  await driver.waitForBadge(ext, String(prompts + images), 30_000);
  await quiet(1500);
  assert.equal(await driver.badgeText(ext), String(prompts + images), 'the real work, exactly');

  // The page sends everything of that job again, 200 times, each answered with new ids. No image
  // more may count. A chat send the page repeats is a real request to the model, which the network
  // signal counts as a prompt by design (forgery.e2e.test.mjs); those are taken as they come.
  assert.ok((await page.evaluate(replaySends, 200)) > 0, 'the real job sent something to replay');
  await quiet(2000);
  const replayed = await driver.readPopup(ext);
  await replayed.popup.close();
  assert.equal(replayed.values['today-images'], images, 'replayed sends count no image');
  if (flow.kind === 'image') assert.equal(replayed.values['today-prompts'], 0);
  const promptsSoFar = replayed.values['today-prompts'];

  // Another real click, then the bridge's messages forged 200 times with new ids.
  await page.click(flow.composer);
  await page.evaluate(postForgedBridgeMessages, 200);
  if (FLOODED.includes(flow.site)) {
    await page.evaluate(floodImages, FLOOD_SELECTOR[flow.site]);
  }
  await quiet(2000);
  assert.equal(await page.evaluate(() => window.__portsSeen), 0, 'no page listener saw a port');

  const { popup, values } = await driver.readPopup(ext);
  const events = await driver.storedEvents(popup);
  await popup.close();
  assert.equal(values['today-prompts'], promptsSoFar, 'forged messages count no prompt');
  if (FLOODED.includes(flow.site)) {
    // The DOM cannot tell a page's image from the model's: the cap per send bounds it.
    assert.ok(
      values['today-images'] <= 4,
      `at most 4 images per send, got ${values['today-images']}`,
    );
    assert.ok(values['today-images'] >= images);
  } else {
    assert.equal(values['today-images'], images, 'replays count nothing');
    assert.equal(events.length, promptsSoFar + images);
  }
}
