/**
 * The one message the other way, background → content script: the network confirmed a send on this
 * tab that carries no message id the page shares, so the page's ledger pairs it with its own
 * confirmation. Only the extension can message a content script; the guard is hand-written so the
 * content script stays free of zod (it must stay small: it runs on every supported page).
 */
export interface NetworkSendMessage {
  type: 'network-send';
  trigger: 'send' | 'regenerate';
  /** The model family and mode the request asked for; passed back unread (the background checks). */
  model?: string;
  mode?: string;
}

/** Narrows an incoming runtime message to a network-send relay. */
export function isNetworkSendMessage(message: unknown): message is NetworkSendMessage {
  const m = message as Partial<NetworkSendMessage> | null;
  return m?.type === 'network-send' && (m.trigger === 'send' || m.trigger === 'regenerate');
}
