import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEventIds, STRADDLE_MS } from '../../../src/background/event-ids';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import { createSendObserver } from '../../../src/background/network';
import { legacyEventId, promptKey } from '../../../src/domain/event-id';
import { recordEvent } from '../../../src/storage/events';
import { idSecretItem } from '../../../src/storage/items';
import { intakeDepsAt, resetFakeBackground } from '../helpers/background';
import { sendRequest } from '../helpers/network';

const EXT = 'our-extension-id';
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
const TAB = 3;
const CHATGPT_PAGE = {
  id: EXT,
  url: 'https://chatgpt.com/c/1',
  tab: { id: TAB, url: 'https://chatgpt.com/c/1' },
};
const pageReport = (messageId: string) => ({
  type: 'record-usage',
  event: {
    key: promptKey(messageId),
    site: 'chatgpt',
    kind: 'prompt',
    trigger: 'send',
    at: NOW - 1000,
    source: 'dom',
  },
});

/** ChatGPT's send of `messageId`, confirmed by the network observer of `deps`. */
async function networkConfirms(deps: IntakeDeps, messageId: string): Promise<void> {
  const { storeEvent } = await import('../../../src/background/intake');
  const observer = createSendObserver((e) => storeEvent(e, deps), deps.eventIds);
  observer.onBeforeRequest(
    sendRequest(
      'https://chatgpt.com/backend-api/f/conversation',
      { action: 'next', messages: [{ id: messageId, author: { role: 'user' } }] },
      { tabId: TAB, timeStamp: NOW - 900 },
    ),
  );
  await observer.onResponseStarted({ requestId: '1', statusCode: 200 });
}

const storedEvents = async (deps: IntakeDeps) => (await deps.getDb()).getAll('events');

beforeEach(() => resetFakeBackground());

describe('event ids keyed with the install secret', () => {
  it('makes the secret once and keeps it: the same key gets the same id after a worker restart', async () => {
    const first = createEventIds(
      () => Promise.reject(new Error('unused')),
      () => NOW,
    );
    const id = await first.idFor('chatgpt', promptKey('m1'));
    const secret = await idSecretItem.getValue();
    expect(secret?.key).toMatch(/^[0-9a-f]{64}$/);
    const restarted = createEventIds(
      () => Promise.reject(new Error('unused')),
      () => NOW,
    );
    expect(await restarted.idFor('chatgpt', promptKey('m1'))).toBe(id);
    expect(await idSecretItem.getValue()).toEqual(secret);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('differs across installs, and from the old unkeyed SHA-256 id', async () => {
    const ids = createEventIds(
      () => Promise.reject(new Error('unused')),
      () => NOW,
    );
    const here = await ids.idFor('chatgpt', promptKey('m1'));
    fakeBrowser.reset(); // another install: another secret
    const elsewhere = createEventIds(
      () => Promise.reject(new Error('unused')),
      () => NOW,
    );
    const there = await elsewhere.idFor('chatgpt', promptKey('m1'));
    expect(there).not.toBe(here);
    const old = await legacyEventId('chatgpt', promptKey('m1'));
    expect([here, there]).not.toContain(old);
    expect(await ids.idFor('claude', promptKey('m1'))).not.toBe(here);
  });

  it('gives the page and the network signal of one send the same id: one event from both', async () => {
    const deps = intakeDepsAt(NOW);
    expect(await handleRuntimeMessage(pageReport('m1'), CHATGPT_PAGE, EXT, deps)).toEqual({
      ok: true,
      stored: true,
    });
    await networkConfirms(deps, 'm1');
    // The outbox retries the same report: still one event.
    await handleRuntimeMessage(pageReport('m1'), CHATGPT_PAGE, EXT, deps);
    const events = await storedEvents(deps);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.sort()).toEqual(['dom', 'net']);
    expect(events[0]!.id).toBe(await deps.eventIds.idFor('chatgpt', promptKey('m1')));
    expect(events[0]!.id).not.toBe(await legacyEventId('chatgpt', promptKey('m1')));
  });

  it('counts a send that straddles the update once: its network signal joins the old id', async () => {
    const deps = intakeDepsAt(NOW);
    const db = await deps.getDb();
    // The previous version stored the page signal under the unkeyed id just before the update.
    const old = await legacyEventId('chatgpt', promptKey('m1'));
    await recordEvent(db, {
      id: old,
      site: 'chatgpt',
      kind: 'prompt',
      trigger: 'send',
      at: NOW - 2000,
      source: 'dom',
    });
    await networkConfirms(deps, 'm1');
    const events = await storedEvents(deps);
    expect(events.map((e) => [e.id, e.sources.sort()])).toEqual([[old, ['dom', 'net']]]);
  });

  it('leaves old ids as they are and looks them up only just after the secret was made', async () => {
    let now = NOW;
    const deps = intakeDepsAt(NOW, {});
    deps.eventIds = createEventIds(deps.getDb, () => now);
    const db = await deps.getDb();
    const old = await legacyEventId('chatgpt', promptKey('m1'));
    await recordEvent(db, {
      id: old,
      site: 'chatgpt',
      kind: 'prompt',
      trigger: 'send',
      at: NOW - 60_000,
      source: 'dom',
    });
    await deps.eventIds.idFor('chatgpt', promptKey('other')); // makes the secret at NOW
    now = NOW + STRADDLE_MS;
    // Long after the update the same key is a new send (a site that reused a message id).
    expect(await deps.eventIds.idFor('chatgpt', promptKey('m1'))).not.toBe(old);
    expect((await db.getAll('events')).map((e) => e.id)).toEqual([old]);
  });
});
