import type { NetworkSignal, SocketSendRule } from '../sites/types';

/** Marks the bridge's window messages; anything else on the window is ignored. */
const BRIDGE = 'ai-footprint:socket-send';

/**
 * Page world: wraps `WebSocket.prototype.send` so sends over a site's socket can be confirmed. Only
 * the classification (trigger and message id) leaves the page world; never the frame or its text.
 */
export function installSocketBridge(
  win: Window & typeof globalThis,
  rules: readonly SocketSendRule[],
): void {
  const send = win.WebSocket.prototype.send;
  win.WebSocket.prototype.send = function (this: WebSocket, data) {
    if (typeof data === 'string') {
      const rule = rules.find((r) => r.url.test(this.url));
      if (rule) {
        let signal: NetworkSignal | null = null;
        try {
          signal = rule.classify(JSON.parse(data));
        } catch {
          // Not JSON: not a send frame.
        }
        if (signal)
          win.postMessage(
            { [BRIDGE]: { trigger: signal.trigger, messageKey: signal.messageKey } },
            win.location.origin,
          );
      }
    }
    return send.call(this, data);
  };
}

/**
 * Isolated world: receives the bridge's signals. The page can post the same message, so callers must
 * not count a signal on its own (see run-page: each needs a trusted user gesture).
 */
export function listenToSocketBridge(
  win: Window,
  onSignal: (signal: NetworkSignal) => void,
): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win) return;
    const payload = (event.data as Record<string, unknown> | null)?.[BRIDGE] as
      Record<string, unknown> | undefined;
    if (!payload || (payload.trigger !== 'send' && payload.trigger !== 'regenerate')) return;
    const messageKey =
      typeof payload.messageKey === 'string' && payload.messageKey.length <= 200
        ? payload.messageKey
        : undefined;
    onSignal({ trigger: payload.trigger, messageKey });
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
