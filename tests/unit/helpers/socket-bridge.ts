import type { SocketSendRule } from '../../../src/domain/site';
import { installSocketBridge } from '../../../src/detect/socket-bridge';
import { settle } from './page';

/**
 * Installs the page-world socket bridge with `rules` over a stubbed `WebSocket.prototype.send`,
 * lets `sendFrames` send through it, and returns what reached the socket and what the bridge posted
 * on the window. The stub and the listener are removed again, whatever happens.
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
  const onMessage = (event: MessageEvent) => posted.push(event.data);
  window.addEventListener('message', onMessage);
  try {
    installSocketBridge(window, rules);
    sendFrames((socket, data) => WebSocket.prototype.send.call(socket, data));
    await settle();
  } finally {
    WebSocket.prototype.send = original;
    window.removeEventListener('message', onMessage);
  }
  return { sent, posted };
}
