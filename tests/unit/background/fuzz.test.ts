import { beforeEach, describe, expect, it } from 'vitest';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import type { SenderInfo } from '../../../src/messaging/protocol';
import { FUZZ_NOW, malformedMessages } from '../../support/malformed-messages';
import { intakeDepsAt } from '../helpers/background';

const EXT = 'our-extension-id';
const ORIGIN = `chrome-extension://${EXT}/`;
// Every kind of sender a message can come from: content scripts of supported sites, our own pages.
const SENDERS: SenderInfo[] = [
  { id: EXT, url: 'https://chatgpt.com/c/1', tab: { url: 'https://chatgpt.com/c/1' } },
  { id: EXT, url: 'https://claude.ai/chat/1', tab: { url: 'https://claude.ai/chat/1' } },
  { id: EXT, url: `${ORIGIN}footprint.html` },
];

let deps: IntakeDeps;
beforeEach(() => {
  deps = intakeDepsAt(FUZZ_NOW, { extensionOrigin: ORIGIN });
});

async function storedRecords(): Promise<number> {
  const db = await deps.getDb();
  let count = 0;
  for (const store of db.objectStoreNames) count += await db.count(store);
  return count;
}

describe('1,000 malformed messages to the background', () => {
  it('refuses every one with a reason, stores nothing, pollutes nothing and keeps working', async () => {
    const messages = malformedMessages(1000);
    const acks = [];
    for (const [i, message] of messages.entries()) {
      acks.push(await handleRuntimeMessage(message, SENDERS[i % SENDERS.length]!, EXT, deps));
    }
    const accepted = acks.filter((ack) => ack.ok);
    expect(accepted, JSON.stringify(accepted.slice(0, 3))).toEqual([]);
    for (const ack of acks) expect(ack).toMatchObject({ error: expect.any(String) });
    expect(await storedRecords()).toBe(0);
    expect(deps.onStored).not.toHaveBeenCalled();
    expect(deps.recordComposerCheck).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();

    // The same worker still stores a good event afterwards.
    const good = {
      type: 'record-usage',
      event: {
        key: 'prompt:msg-1',
        site: 'chatgpt',
        kind: 'prompt',
        trigger: 'send',
        at: FUZZ_NOW - 1000,
        source: 'dom',
      },
    };
    expect(await handleRuntimeMessage(good, SENDERS[0]!, EXT, deps)).toEqual({
      ok: true,
      stored: true,
    });
  });

  it('covers every kind of damage: the generator is not trivially rejected by one rule', () => {
    const messages = malformedMessages(1000) as { type?: unknown; event?: { site?: unknown } }[];
    const types = new Set(messages.map((m) => (m && typeof m === 'object' ? m.type : typeof m)));
    expect([...types]).toEqual(
      expect.arrayContaining(['record-usage', 'report-composer', 'import-data', 'reset-data']),
    );
    expect(messages.filter((m) => m?.type === 'record-usage').length).toBeGreaterThan(300);
  });
});
