// Meta AI's 2026 transport: prompts go over the gateway WebSocket in binary frames (tests/sites/metaai/
// SOURCE.txt). The built extension in Chromium, www.meta.ai routed to the real 2026-05 capture with the
// test double in socket mode, the socket answered by Playwright. History counts nothing; a send by Enter
// and by button count once each; a send the page cannot see (unknown markup) still counts, from the socket.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import flow from '../sites/metaai/metaai.flow.mjs';
import {
  badgeText,
  extensionPerSuite,
  openSitePage,
  routeFlow,
  sendByEnterThenButton,
  waitForBadge,
} from './support/chromium.mjs';

const CAPTURE = 'ai-chat-exporter-2026-05-21-meta-chat.html';
const quiet = (ms = 700) => new Promise((r) => setTimeout(r, ms));

describe('metaai: sends over the gateway socket', { timeout: 120_000 }, () => {
  let ext;
  const frames = [];
  extensionPerSuite([], (launched) => (ext = launched));

  /** Serves the capture with the double in socket mode (`config` added); accepts the socket once. */
  const route = async (config) => {
    await routeFlow(ext, flow, { fixture: CAPTURE, config: { transport: 'socket', ...config } });
    if (frames.routed) return;
    frames.routed = true;
    await ext.context.routeWebSocket(/^wss:\/\/gateway\.meta\.ai\/ws\/clippy/, (ws) => {
      ws.onMessage((message) => frames.push(message));
    });
  };
  const type = async (page, text) => {
    await page.click(flow.composer);
    await page.keyboard.type(text);
  };

  it('counts each binary send once, by Enter and by button, and nothing for the history', async () => {
    await route({});
    const page = await openSitePage(ext, flow.conversationUrl);
    await quiet();
    assert.equal(await badgeText(ext), '', 'history must not count');
    await sendByEnterThenButton(ext, page, flow);
    await quiet();
    assert.equal(await badgeText(ext), '2', 'page and socket confirm one send each, not two');
    assert.ok(frames.length >= 4 && frames.every((f) => typeof f !== 'string'), 'binary frames');
    await page.close();
  });

  it('counts a send from the socket alone when the page markup is unknown', async () => {
    await route({ turns: 'unknown-markup' });
    const page = await openSitePage(ext, flow.conversationUrl);
    await quiet();
    await type(page, 'third question');
    await page.keyboard.press('Enter');
    await waitForBadge(ext, '3');
    await quiet();
    assert.equal(await badgeText(ext), '3');
    assert.deepEqual(ext.extensionRequests, [], 'the extension made no request of its own');
    await page.close();
  });
});
