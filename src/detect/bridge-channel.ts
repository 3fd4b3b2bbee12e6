/**
 * The private channel between a site's page-world bridge and its isolated-world counter.
 *
 * The bridge (MAIN world, document_start) creates a `MessageChannel`, keeps one port and hands the
 * other over once with `window.postMessage(…, [port])`. The counter (isolated world, also
 * document_start) has a capture listener on the window registered before any page script runs: it
 * takes the first port only and stops the event there, so no page listener sees it. A posted message
 * is dispatched as a later task, so the two scripts may run in either order; a page script's own
 * posts are queued after the bridge's. Everything afterwards travels over the port, which no page
 * script holds. With no port (a page that stole it cannot exist, but a bridge that did not run can),
 * nothing the bridge would report is counted. See docs/design.md, "Security".
 */

/** Marks the one window message that carries the port. */
const HANDOVER = 'ai-footprint:bridge-port';

/** What a bridge sends over the channel: a socket send's classification or an image-job message. */
export type BridgeMessage = { socket: unknown } | { imageJob: unknown };

/** Page world: sends one message over the private channel. */
export type BridgePost = (message: BridgeMessage) => void;

/** Isolated world: subscribes to the bridge's messages; returns how to unsubscribe. */
export interface BridgeInbox {
  listen(onMessage: (message: Record<string, unknown>) => void): () => void;
}

/**
 * Page world, at install: opens the channel and hands its far port to the counter. The port's
 * `postMessage` is taken now, before any page script could patch it.
 */
export function openBridgeChannel(win: Window & typeof globalThis): BridgePost {
  const channel = new win.MessageChannel();
  const send = win.MessagePort.prototype.postMessage;
  const postToPort = send.bind(channel.port1) as (message: unknown) => void;
  win.postMessage({ [HANDOVER]: true }, win.location.origin, [channel.port2]);
  return (message) => postToPort(message);
}

/**
 * Isolated world, at document_start: catches the bridge's port (the first one only) before any page
 * listener can see it. Messages that arrive before anyone listens wait in the port.
 */
export function catchBridgePort(win: Window): BridgeInbox {
  let port: MessagePort | undefined;
  const listeners = new Set<(message: Record<string, unknown>) => void>();
  const start = (): void => {
    if (!port || listeners.size === 0 || port.onmessage) return;
    port.onmessage = (event: MessageEvent) => {
      const message: unknown = event.data;
      if (typeof message !== 'object' || message === null) return;
      for (const listener of listeners) listener(message as Record<string, unknown>);
    };
  };
  const onHandover = (event: MessageEvent): void => {
    const data: unknown = event.data;
    if (event.source !== win || typeof data !== 'object' || data === null || !(HANDOVER in data)) {
      return;
    }
    event.stopImmediatePropagation();
    if (port || event.ports.length !== 1) return;
    port = event.ports[0];
    win.removeEventListener('message', onHandover, true);
    start();
  };
  win.addEventListener('message', onHandover, true);
  return {
    listen(onMessage) {
      listeners.add(onMessage);
      start();
      return () => listeners.delete(onMessage);
    },
  };
}
