import { beforeEach, describe, expect, it } from 'vitest';
import { handleRuntimeMessage, storeEvent, type IntakeDeps } from '../../../src/background/intake';
import { createSendObserver } from '../../../src/background/network';
import { createPageOnlySends, type PageOnlySends } from '../../../src/background/page-only-sends';
import { promptKey } from '../../../src/domain/event-id';
import { PAIR_WINDOW_MS } from '../../../src/domain/pairing';
import type { UsageEvent } from '../../../src/domain/usage-event';
import { intakeDepsAt } from '../helpers/background';
import { sendRequest } from '../helpers/network';

const EXT = 'our-extension-id';
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
const TAB = 4;
const META_PAGE = {
  id: EXT,
  url: 'https://www.meta.ai/',
  tab: { id: TAB, url: 'https://www.meta.ai/' },
};

const pageSend = (id: string, overrides: Partial<UsageEvent> = {}): UsageEvent => ({
  id: id.padEnd(32, '0'),
  site: 'metaai',
  kind: 'prompt',
  trigger: 'send',
  at: NOW - 1000,
  source: 'dom',
  ...overrides,
});

describe('page-only sends', () => {
  let now: number;
  let sends: ReturnType<typeof createPageOnlySends>;
  beforeEach(() => {
    now = NOW;
    sends = createPageOnlySends(() => now, PAIR_WINDOW_MS);
  });

  it('hands out a page-only send once, the oldest of its tab, site and trigger', () => {
    sends.noteReported(TAB, pageSend('a'));
    sends.noteReported(TAB, pageSend('b'));
    sends.noteReported(TAB, pageSend('r', { trigger: 'regenerate' }));
    expect(sends.take(TAB, 'metaai', 'regenerate')).toBe('r'.padEnd(32, '0'));
    expect(sends.take(TAB, 'metaai', 'send')).toBe('a'.padEnd(32, '0'));
    expect(sends.take(TAB, 'metaai', 'send')).toBe('b'.padEnd(32, '0'));
    expect(sends.take(TAB, 'metaai', 'send')).toBeUndefined();
  });

  it('forgets a send the page paired itself, another tab, another site and anything older than the window', () => {
    sends.noteReported(TAB, pageSend('paired'));
    sends.noteReported(TAB, pageSend('paired', { source: 'net' }));
    sends.noteReported(TAB + 1, pageSend('other-tab'));
    sends.noteReported(TAB, pageSend('image', { kind: 'image', trigger: 'image' }));
    expect(sends.take(TAB, 'metaai', 'send')).toBeUndefined();
    expect(sends.take(TAB, 'grok', 'send')).toBeUndefined();
    sends.noteReported(TAB, pageSend('late'));
    now += PAIR_WINDOW_MS;
    expect(sends.take(TAB, 'metaai', 'send')).toBeUndefined();
    expect(sends.take(TAB + 1, 'metaai', 'send')).toBeUndefined();
  });
});

describe('a page that reloads between its send and the network confirmation', () => {
  let deps: IntakeDeps;
  beforeEach(() => {
    deps = intakeDepsAt(NOW);
  });

  /** A confirmed send whose relay nobody takes (the page is gone), through the background's observer. */
  async function confirmUnrelayed(
    pageOnly: PageOnlySends | undefined,
    url: string,
    body: unknown,
  ): Promise<void> {
    const observer = createSendObserver(
      (e) => storeEvent(e, deps),
      deps.eventIds,
      async () => false,
      pageOnly,
    );
    observer.onBeforeRequest(sendRequest(url, body, { tabId: TAB, timeStamp: NOW - 900 }));
    await observer.onResponseStarted({ requestId: '1', statusCode: 200 });
  }

  /** The page reports its send, then is gone when the send's response starts. */
  async function sendThenReload(pageOnly?: PageOnlySends) {
    deps.pageOnlySends = pageOnly;
    const reported = (({ id: _id, ...rest }) => rest)(pageSend('abc1'));
    const message = { type: 'record-usage', event: { ...reported, key: 'local:abc1' } };
    await handleRuntimeMessage(message, META_PAGE, EXT, deps);
    await confirmUnrelayed(pageOnly, 'https://www.meta.ai/api/graphql/', {
      doc_id: '1',
      variables: { content: 'hi', userMessageId: 'u-1' },
    });
    return (await deps.getDb()).getAll('events');
  }

  it('joins the confirmation to the send the page reported: one event, from both signals', async () => {
    const events = await sendThenReload(createPageOnlySends(() => NOW, PAIR_WINDOW_MS));
    expect(events.map((e) => [e.id, [...e.sources].sort()])).toEqual([
      [await deps.eventIds.idFor('metaai', 'local:abc1'), ['dom', 'net']],
    ]);
  });

  it('counted the send twice without it', async () => {
    expect(await sendThenReload()).toHaveLength(2);
  });

  it("a confirmation under the page's own message id leaves nothing waiting for another send", async () => {
    const pageOnly = createPageOnlySends(() => NOW, PAIR_WINDOW_MS);
    const id = await deps.eventIds.idFor('chatgpt', promptKey('msg-1'));
    pageOnly.noteReported(TAB, { ...pageSend('0'), id, site: 'chatgpt' });
    await confirmUnrelayed(pageOnly, 'https://chatgpt.com/backend-api/f/conversation', {
      action: 'next',
      messages: [{ id: 'msg-1', author: { role: 'user' } }],
    });
    expect(pageOnly.take(TAB, 'chatgpt', 'send')).toBeUndefined();
  });
});
