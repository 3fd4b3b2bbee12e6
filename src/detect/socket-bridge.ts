import type { Mode } from '../domain/model-mode';
import type { NetworkSignal, SocketImageRule, SocketSendRule } from '../domain/site';
import type { BridgeInbox, BridgePost } from './bridge-channel';
import { postImageJobMessage } from './image-job-bridge';
import { takeBuiltins } from './page-builtins';

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
 * Page world: wraps `WebSocket.prototype.send` so sends over a site's socket can be confirmed. Text
 * frames go to the rule's `classify` as JSON; binary frames (buffer, typed array, Blob) to its
 * `classifyBinary`, when it has one. Only the classification (trigger and message id) leaves the page
 * world; never the frame, its text or the socket's URL.
 * Where the rule reads images, a send also opens an image job (the image-job bridge's messages) whose
 * images are the keys of the finished images the answer frames report, passed on when the answer ends.
 * Every built-in it calls is taken at install (page-builtins.ts), and it posts only over the private
 * channel (bridge-channel.ts).
 */
export function installSocketBridge(
  win: Window & typeof globalThis,
  rules: readonly SocketSendRule[],
  channel: BridgePost,
): void {
  const b = takeBuiltins(win);
  const answers = new WeakMap<WebSocket, OpenAnswer>();
  const listening = new WeakSet<WebSocket>();

  const finishAnswer = (socket: WebSocket): void => {
    const answer = answers.get(socket);
    if (!answer) return;
    answers.delete(socket);
    postImageJobMessage(channel, {
      ticket: answer.ticket,
      jobs: [...answer.keys].map((jobKey) => ({ jobKey, images: 1 })),
    });
  };
  const onFrame = (socket: WebSocket, event: MessageEvent): void => {
    const answer = answers.get(socket);
    const data = answer && b.messageData(event);
    if (!answer || typeof data !== 'string') return;
    try {
      const frame = b.parseJson(data);
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
    postImageJobMessage(channel, { ticket, start: true });
    answers.set(socket, { ticket, rule, keys: new Set() });
    if (listening.has(socket)) return;
    listening.add(socket);
    b.addListener(socket, 'message', (event) => onFrame(socket, event as MessageEvent));
    b.addListener(socket, 'close', () => finishAnswer(socket));
  };

  const pass = (socket: WebSocket, rule: SocketSendRule, classify: () => NetworkSignal | null) => {
    let signal: NetworkSignal | null = null;
    try {
      signal = classify();
    } catch {
      // Not JSON, or bytes the rule cannot read: not a send frame.
    }
    if (!signal) return;
    if (rule.images) openAnswer(socket, rule.images);
    channel({
      socket: { trigger: signal.trigger, messageKey: signal.messageKey, mode: signal.mode },
    });
  };
  const ruleFor = (url: string): SocketSendRule | undefined => {
    // An index loop: a page may have patched Array.prototype.find.
    for (let i = 0; i < rules.length; i++) if (b.regexExec(rules[i]!.url, url)) return rules[i];
    return undefined;
  };
  const send = b.socketSend;
  win.WebSocket.prototype.send = function (this: WebSocket, data) {
    const rule = ruleFor(b.socketUrl(this));
    const binary = rule?.classifyBinary;
    if (rule && typeof data === 'string') {
      pass(this, rule, () => rule.classify(b.parseJson(data)));
    } else if (rule && binary) {
      if (data instanceof win.Blob) {
        b.then(
          b.blobBytes(data),
          (buffer) => pass(this, rule, () => binary(new win.Uint8Array(buffer))),
          () => {},
        );
      } else if (b.isView(data)) {
        const bytes = new win.Uint8Array(
          b.viewBuffer(data),
          b.viewOffset(data),
          b.viewLength(data),
        );
        pass(this, rule, () => binary(bytes));
      } else if (data instanceof win.ArrayBuffer) {
        pass(this, rule, () => binary(new win.Uint8Array(data)));
      }
    }
    return send(this, data);
  };
}

/**
 * Isolated world: receives the bridge's socket signals over the private channel. The page cannot post
 * on it, but it can send real frames over the site's socket, so callers must not count a signal on
 * its own (see run-page: each needs a trusted user gesture, used up by it).
 */
export function listenToSocketBridge(
  inbox: BridgeInbox,
  onSignal: (signal: NetworkSignal) => void,
): () => void {
  return inbox.listen((message) => {
    const payload = message.socket as Record<string, unknown> | undefined;
    if (typeof payload !== 'object' || payload === null) return;
    if (payload.trigger !== 'send' && payload.trigger !== 'regenerate') return;
    const messageKey =
      typeof payload.messageKey === 'string' && payload.messageKey.length <= 200
        ? payload.messageKey
        : undefined;
    // A mode from the closed list only: a page can send real frames over the site's socket.
    const mode = SOCKET_MODES.find((m) => m === payload.mode);
    onSignal({ trigger: payload.trigger, messageKey, ...(mode && { mode }) });
  });
}
