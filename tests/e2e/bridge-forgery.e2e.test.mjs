// A hostile page script on every site with a page-world bridge, AFTER a real (trusted) click: it posts
// the bridge's messages itself (500 jobs, a finished report above what was accepted, socket sends),
// listens for the bridge's port, patches the built-ins the bridge reads with (JSON.parse,
// Response.prototype.text/json/clone, MessagePort.prototype.postMessage) so that every array it reads
// looks 50 times longer, then a person makes one real job, then the page replays the bridge's messages
// 200 times with new ids after another real click. The count must equal the real work only. On chat
// sites that draw (Gemini, and every bridged chat site), the page also adds 300 images under the
// counted turn: at most CHAT_IMAGES_PER_SEND may count (docs/sites.md, "Caps per action").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  badgeText,
  extensionPerSuite,
  openSitePage,
  readPopup,
  storedEvents,
  waitForBadge,
} from './support/chromium.mjs';
import { IMAGE_PROMPT, loadFlows } from './support/routes.mjs';

const BRIDGED = ['midjourney', 'ideogram', 'leonardo', 'firefly', 'grok', 'metaai', 'copilot'];
const FLOODED = ['gemini', 'chatgpt'];
const flows = (await loadFlows()).filter(
  (flow) =>
    BRIDGED.includes(flow.site) || (FLOODED.includes(flow.site) && flow.imageTurn !== undefined),
);
const quiet = (ms = 1000) => new Promise((r) => setTimeout(r, ms));

/** The page listens for anything carrying a port, as a thief would. */
function listenForPorts() {
  window.__portsSeen = 0;
  window.addEventListener('message', (event) => (window.__portsSeen += event.ports.length), true);
}

/** The bridge's messages, as the old window transport carried them, `times` times with new ids. */
function postForgedBridgeMessages(times) {
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
function patchBuiltins() {
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
function floodImages(selector) {
  const images = document.querySelectorAll(selector);
  const last = images[images.length - 1];
  const holder = last.closest('generated-image, div[id^="image-"]') ?? last;
  for (let i = 0; i < 300; i++) {
    const copy = holder.cloneNode(true);
    if (copy.id) copy.id = `image-${crypto.randomUUID()}`;
    holder.parentElement.append(copy);
  }
}

const FLOOD_SELECTOR = {
  gemini: 'model-response generated-image img',
  chatgpt: 'div[id^="image-"] img',
};

/** What one real action makes on this flow: [badge, prompts, images]. */
function realWork(flow) {
  if (flow.kind === 'image') return { prompts: 0, images: flow.images };
  return { prompts: 1, images: flow.imageTurn?.images ?? 0 };
}

async function act(page, flow) {
  await page.click(flow.composer);
  await page.keyboard.type(flow.kind === 'image' ? 'a red bicycle' : IMAGE_PROMPT);
  if (flow.kind === 'image' && flow.generate) await page.click(flow.generate);
  else await page.keyboard.press('Enter');
}

for (const flow of flows) {
  describe(`${flow.site}: a page script after a real click`, { timeout: 180_000 }, () => {
    let ext;
    extensionPerSuite([flow], (launched) => (ext = launched));

    it('forged and replayed bridge messages, patched built-ins and added images count nothing beyond the real work', async () => {
      const page = await openSitePage(
        ext,
        flow.kind === 'image' ? flow.pageUrl : flow.conversationUrl,
      );
      await page.evaluate(listenForPorts);
      await quiet();
      assert.equal(await badgeText(ext), '');

      // A real click, then the forgeries.
      await page.click(flow.composer);
      await page.evaluate(postForgedBridgeMessages, 1);
      await quiet();
      assert.equal(await badgeText(ext), '', 'forged bridge messages count nothing');

      // The page patches the built-ins, then a person makes one real job.
      await page.evaluate(patchBuiltins);
      await act(page, flow);
      const { prompts, images } = realWork(flow);
      await waitForBadge(ext, String(prompts + images));
      await quiet(1500);
      assert.equal(await badgeText(ext), String(prompts + images), 'the real work, exactly');

      // Another real click, then 200 replays with new ids.
      await page.click(flow.composer);
      await page.evaluate(postForgedBridgeMessages, 200);
      if (FLOODED.includes(flow.site)) {
        await page.evaluate(floodImages, FLOOD_SELECTOR[flow.site]);
      }
      await quiet(2000);
      assert.equal(await page.evaluate(() => window.__portsSeen), 0, 'no page listener saw a port');

      const { popup, values } = await readPopup(ext);
      const events = await storedEvents(popup);
      await popup.close();
      assert.equal(values['today-prompts'], prompts);
      if (FLOODED.includes(flow.site)) {
        // The DOM cannot tell a page's image from the model's: the cap per send bounds it.
        assert.ok(
          values['today-images'] <= 4,
          `at most 4 images per send, got ${values['today-images']}`,
        );
        assert.ok(values['today-images'] >= images);
      } else {
        assert.equal(values['today-images'], images, 'replays count nothing');
        assert.equal(events.length, prompts + images);
      }
      await page.close();
    });
  });
}
