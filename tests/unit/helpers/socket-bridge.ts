import type { SocketSendRule } from '../../../src/domain/site';
import { installSocketBridge } from '../../../src/detect/socket-bridge';
import { settle } from './page';

/**
 * Installs the page-world socket bridge with `rules` over a stubbed `WebSocket.prototype.send`,
 * lets `sendFrames` send through it, and returns what reached the socket and what the bridge posted
 * on its private channel. The stub is removed again, whatever happens.
 */
export async function throughSocketBridge(
  rules: readonly SocketSendRule[],
  sendFrames: (send: (socket: WebSocket, data: Parameters<WebSocket['send']>[0]) => void) => void,
): Promise<{ sent: unknown[]; posted: unknown[] }> {
  const sent: unknown[] = [];
  const posted: unknown[] = [];
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    sent.push(data);
  };
  try {
    installSocketBridge(window, rules, (message) => void posted.push(message));
    sendFrames((socket, data) => WebSocket.prototype.send.call(socket, data));
    await settle();
  } finally {
    WebSocket.prototype.send = original;
  }
  return { sent, posted };
}
