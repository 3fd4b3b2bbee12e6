// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runOnPage, type PagePorts } from '../../../src/detect/run-page';
import { DEFAULT_TIMING, startTracker } from '../../../src/detect/tracker';
import { listenToSocketBridge } from '../../../src/detect/socket-bridge';
import type { ReportedEvent } from '../../../src/domain/usage-event';
import type { NetworkSendMessage } from '../../../src/messaging/relay';
import { bing } from '../../../src/sites/bing';
import type { BridgeRules, SiteAdapter } from '../../../src/domain/site';
import { linkedBridge } from '../helpers/bridge';
import { trustedClick } from '../helpers/image-site';
import { html, pressEnter, settle } from '../helpers/page';
import { throughSocketBridge } from '../helpers/socket-bridge';

/** A site whose turns carry no id and whose sends go over both HTTP and a socket. */
const keyless: SiteAdapter = {
  id: 'chatgpt', // any registered id; the test looks at pairing, not at the site
  name: 'Keyless',
  matches: ['https://chatgpt.com/*'],
  composer: 'textarea',
  sendButton: 'button.send',
  userTurn: { selector: '.user-turn', key: (turn) => `#${turn.getAttribute('data-n')}` },
  bridge: { socketSends: true },
};

const keylessBridge: BridgeRules = {
  socket: [
    {
      url: /\/chat$/,
      classify: (frame) =>
        (frame as { event?: string }).event === 'send' ? { trigger: 'send' } : null,
    },
  ],
};

let delivered: { type: string; event: ReportedEvent }[];
let relay: ((m: NetworkSendMessage) => void) | undefined;
let stop: () => void;
let bridge: ReturnType<typeof linkedBridge>;

beforeEach(() => {
  document.body.innerHTML =
    '<main><div class="user-turn" data-n="0"></div><textarea></textarea></main>';
  delivered = [];
  bridge = linkedBridge();
  const ports: PagePorts = {
    bridge: bridge.inbox,
    send: async (message) => {
      delivered.push(message as never);
      return { ok: true, stored: true };
    },
    onNetworkSend: (listener) => {
      relay = listener;
      return () => (relay = undefined);
    },
    now: () => Date.now(),
  };
  stop = runOnPage(
    keyless,
    window,
    ports,
    { ...DEFAULT_TIMING, trustedEventsOnly: false },
    { listenToSocketBridge },
  );
});
afterEach(() => stop());

const appendTurn = (n: number) =>
  document.querySelector('main')!.append(html(`<div class="user-turn" data-n="${n}"></div>`));
const ids = () => new Set(delivered.map((m) => m.event.key));

describe('content script: one event per send from two signals', () => {
  it('pairs a relayed network confirmation with the page confirmation of the same send', async () => {
    pressEnter(document.querySelector('textarea')!);
    appendTurn(1);
    await settle(200);
    relay!({ type: 'network-send', trigger: 'send' });
    await settle();
    expect(ids().size).toBe(1);
    expect(delivered.map((m) => m.event.source).sort()).toEqual(['dom', 'net']);
  });

  it('counts a network confirmation alone when the page shows nothing, and a regenerate apart', async () => {
    relay!({ type: 'network-send', trigger: 'send' });
    relay!({ type: 'network-send', trigger: 'regenerate' });
    await settle();
    expect(ids().size).toBe(2);
    expect(delivered.map((m) => m.event.trigger).sort()).toEqual(['regenerate', 'send']);
  });

  it('labels a socket send by the mode its bridge read (model unknown); a mode off the list is dropped', async () => {
    const post = (mode: unknown) => {
      trustedClick(document.body);
      bridge.post({ socket: { trigger: 'send', mode } });
    };
    post('reasoning');
    await settle(50);
    expect(delivered.at(-1)!.event).toMatchObject({
      source: 'net',
      model: 'unknown',
      mode: 'reasoning',
      labelFrom: 'request',
    });
    post('a forged label');
    await settle(50);
    expect(delivered.at(-1)!.event.mode).toBeUndefined();
  });

  it('ignores socket signals the bridge passes on without a real user gesture', async () => {
    bridge.post({ socket: { trigger: 'send' } });
    await settle(50);
    expect(delivered).toEqual([]);
  });
});

describe('detection health from the page', () => {
  it('reports after ten seconds whether the page shows a composer the adapter knows', async () => {
    vi.useFakeTimers();
    try {
      const sent: unknown[] = [];
      const ports: PagePorts = {
        send: async (m) => void sent.push(m),
        onNetworkSend: () => () => {},
        now: () => Date.now(),
      };
      document.querySelector('textarea')!.remove();
      const stopOne = runOnPage(keyless, window, ports, undefined, { listenToSocketBridge });
      await vi.advanceTimersByTimeAsync(10_000);
      stopOne();
      expect(sent).toContainEqual({ type: 'report-composer', site: 'chatgpt', found: false });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('watchers only some sites carry', () => {
  it('refuses to start a navigated-job or socket site whose entrypoint left out its watcher', () => {
    const ports: PagePorts = {
      send: async () => ({ ok: true, stored: true }),
      onNetworkSend: () => () => {},
      now: () => Date.now(),
    };
    expect(() => runOnPage(bing, window, ports)).toThrow(/watchNavigatedJob/);
    expect(() => runOnPage(keyless, window, ports)).toThrow(/listenToSocketBridge/);
  });
});

describe('forged input', () => {
  it('does not take a page script’s synthetic Enter or click as a send intent', async () => {
    const signals: unknown[] = [];
    const stopTrusted = startTracker(keyless, document, (s) => signals.push(s), {
      ...DEFAULT_TIMING,
      scanThrottleMs: 1,
    });
    pressEnter(document.querySelector('textarea')!); // isTrusted is false for dispatched events
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<button class="send"></button>');
    (document.querySelector('button.send') as HTMLElement).click();
    appendTurn(7);
    await settle(50);
    stopTrusted();
    expect(signals).toEqual([]);
  });
});

describe('page-world socket bridge', () => {
  it('passes on only the classification of a send frame, never its text', async () => {
    const { sent, posted } = await throughSocketBridge(keylessBridge.socket!, (send) => {
      const socket = { url: 'wss://chatgpt.com/chat' } as WebSocket;
      send(socket, JSON.stringify({ event: 'send', text: 'secret words' }));
      send(socket, JSON.stringify({ event: 'ping' }));
      send(socket, 'not json');
      send({ url: 'wss://elsewhere/x' } as WebSocket, JSON.stringify({ event: 'send' }));
    });
    expect(sent).toHaveLength(4); // every frame still reaches the socket
    expect(posted).toEqual([{ socket: { trigger: 'send', messageKey: undefined } }]);
    expect(JSON.stringify(posted)).not.toContain('secret');
  });
});
