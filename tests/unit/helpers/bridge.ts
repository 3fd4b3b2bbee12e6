import type { BridgeInbox, BridgePost } from '../../../src/detect/bridge-channel';

/**
 * Both ends of a bridge's private channel in memory (a port delivers each message in a later task,
 * as this does). Tests that post on `post` play what the page-world bridge would send.
 */
export function linkedBridge(): { post: BridgePost; inbox: BridgeInbox } {
  const listeners = new Set<(message: Record<string, unknown>) => void>();
  return {
    post: (message) =>
      void setTimeout(() => {
        for (const listener of listeners) listener(structuredClone(message));
      }),
    inbox: {
      listen(onMessage) {
        listeners.add(onMessage);
        return () => listeners.delete(onMessage);
      },
    },
  };
}
