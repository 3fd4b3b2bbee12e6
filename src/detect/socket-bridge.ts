import type { Mode } from '../domain/model-mode';
import type { NetworkSignal, SocketImageRule, SocketSendRule } from '../domain/site';
import { postImageJobMessage } from './image-job-bridge';

/** Marks the bridge's window messages; anything else on the window is ignored. */
const BRIDGE = 'ai-footprint:socket-send';

/** The modes a socket send may name (see NetworkSignal.mode). */
const SOCKET_MODES: readonly Mode[] = ['standard', 'reasoning', 'deep-research'];

/** Most distinct images one answer may report; more is a misread. */
const MAX_ANSWER_IMAGES = 16;

/** The answer a socket is streaming: the image-job ticket of its send and the image keys seen so far. */
interface OpenAnswer {
  ticket: string;
  rule: SocketImageRule;
  keys: Set<string>;
}

/**
 * Page world: wraps `WebSocket.prototype.send` so sends over a site's socket can be confirmed. Only
 * the classification (trigger and message id) leaves the page world; never the frame or its text.
 * Where the rule reads images, a send also opens an image job (the image-job bridge's messages) whose
 * images are the keys of the finished images the answer frames report, passed on when the answer ends.
 */
export function installSocketBridge(
  win: Window & typeof globalThis,
  rules: readonly SocketSendRule[],
): void {
  const answers = new WeakMap<WebSocket, OpenAnswer>();
  const listening = new WeakSet<WebSocket>();

  const finishAnswer = (socket: WebSocket): void => {
    const answer = answers.get(socket);
    if (!answer) return;
    answers.delete(socket);
    postImageJobMessage(win, {
      ticket: answer.ticket,
      jobs: [...answer.keys].map((jobKey) => ({ jobKey, images: 1 })),
    });
  };
  const onFrame = (socket: WebSocket, event: MessageEvent): void => {
    const answer = answers.get(socket);
    if (!answer || typeof event.data !== 'string') return;
    try {
      const frame = JSON.parse(event.data) as unknown;
      const key = answer.rule.imageKey(frame);
      if (key && answer.keys.size < MAX_ANSWER_IMAGES) answer.keys.add(key);
      if (answer.rule.ends(frame)) finishAnswer(socket);
    } catch {
      // Not JSON, or a shape the rule does not know: no image.
    }
  };
  /** Opens the image job of a send; it must be posted before the send's signal (see run-page). */
  const openAnswer = (socket: WebSocket, rule: SocketImageRule): void => {
    finishAnswer(socket); // a new send ends whatever the socket was still answering
    const ticket = win.crypto.randomUUID();
    postImageJobMessage(win, { ticket, start: true });
    answers.set(socket, { ticket, rule, keys: new Set() });
    if (listening.has(socket)) return;
    listening.add(socket);
    socket.addEventListener('message', (event) => onFrame(socket, event));
    socket.addEventListener('close', () => finishAnswer(socket));
  };

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
        if (signal) {
          if (rule.images) openAnswer(this, rule.images);
          win.postMessage(
            {
              [BRIDGE]: {
                trigger: signal.trigger,
                messageKey: signal.messageKey,
                mode: signal.mode,
              },
            },
            win.location.origin,
          );
        }
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
    // A mode from the closed list only: the page could post anything here.
    const mode = SOCKET_MODES.find((m) => m === payload.mode);
    onSignal({ trigger: payload.trigger, messageKey, ...(mode && { mode }) });
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
