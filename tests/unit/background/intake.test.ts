import { beforeEach, describe, expect, it } from 'vitest';
import { handleRuntimeMessage, type IntakeDeps } from '../../../src/background/intake';
import { rollupsBetween } from '../../../src/storage/events';
import { intakeDepsAt } from '../helpers/background';

const EXT = 'our-extension-id';
const NOW = new Date(2026, 10, 23, 12, 0).getTime();
const CHATGPT_TAB = {
  id: EXT,
  url: 'https://chatgpt.com/c/1',
  tab: { url: 'https://chatgpt.com/c/1' },
};
const event = (overrides: Record<string, unknown> = {}) => ({
  key: 'prompt:msg-1',
  site: 'chatgpt',
  kind: 'prompt',
  trigger: 'send',
  at: NOW - 1000,
  source: 'dom',
  ...overrides,
});

let deps: IntakeDeps;
let disabled: Set<string>;
let composer: unknown[][];
beforeEach(() => {
  disabled = new Set();
  composer = [];
  deps = intakeDepsAt(NOW, {
    isSiteEnabled: async (site) => !disabled.has(site),
    recordComposerCheck: async (...args) => void composer.push(args),
  });
});

const stored = async () =>
  (await rollupsBetween(await deps.getDb())).reduce((n, r) => n + r.count, 0);

describe('background intake', () => {
  it('stores a valid event from a ChatGPT page once, however often it arrives', async () => {
    const message = { type: 'record-usage', event: event() };
    expect(await handleRuntimeMessage(message, CHATGPT_TAB, EXT, deps)).toEqual({
      ok: true,
      stored: true,
    });
    expect(await handleRuntimeMessage(message, CHATGPT_TAB, EXT, deps)).toEqual({
      ok: true,
      stored: false,
    });
    expect(await stored()).toBe(1);
    expect(deps.onStored).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no type', { event: event() }],
    ['an unknown type', { type: 'wipe', event: event() }],
    ['an id of its own', { type: 'record-usage', event: event({ id: 'a'.repeat(32) }) }],
    ['an empty key', { type: 'record-usage', event: event({ key: '' }) }],
    ['an over-long key', { type: 'record-usage', event: event({ key: 'k'.repeat(2049) }) }],
    ['an unknown site', { type: 'record-usage', event: event({ site: 'evil' }) }],
    ['an unknown kind', { type: 'record-usage', event: event({ kind: 'video' }) }],
    ['an image with a send trigger', { type: 'record-usage', event: event({ kind: 'image' }) }],
    ['a text field', { type: 'record-usage', event: event({ prompt: 'secret' }) }],
    ['a string time', { type: 'record-usage', event: event({ at: '2026-11-23' }) }],
    ['a future time', { type: 'record-usage', event: event({ at: NOW + 3_600_000 }) }],
    [
      'a time from last month',
      { type: 'record-usage', event: event({ at: NOW - 30 * 86_400_000 }) },
    ],
    ['not an object', 'record-usage'],
    ['null', null],
  ])('rejects a message with %s and stores nothing', async (_, message) => {
    const ack = await handleRuntimeMessage(message, CHATGPT_TAB, EXT, deps);
    expect(ack).toMatchObject({ ok: false, retry: false });
    expect(await stored()).toBe(0);
  });

  it.each([
    ['another extension', { ...CHATGPT_TAB, id: 'other' }],
    ['a page of an unsupported site', { id: EXT, url: 'https://evil.example/' }],
    ['an extension page', { id: EXT, url: `chrome-extension://${EXT}/popup.html` }],
    ['no page at all', { id: EXT }],
  ])('rejects a valid event sent from %s', async (_, sender) => {
    const ack = await handleRuntimeMessage(
      { type: 'record-usage', event: event() },
      sender,
      EXT,
      deps,
    );
    expect(ack).toMatchObject({ ok: false });
    expect(await stored()).toBe(0);
  });

  it('asks for a retry when the database fails and the event cannot wait either', async () => {
    deps.getDb = () => Promise.reject(new Error('QuotaExceededError'));
    deps.waitingRoom = { hold: async () => false, flush: async () => 0, clear: async () => {} };
    const ack = await handleRuntimeMessage(
      { type: 'record-usage', event: event() },
      CHATGPT_TAB,
      EXT,
      deps,
    );
    expect(ack).toMatchObject({ ok: false, retry: true });
  });

  it('stores nothing for a site the user switched off', async () => {
    disabled.add('chatgpt');
    const ack = await handleRuntimeMessage(
      { type: 'record-usage', event: event() },
      CHATGPT_TAB,
      EXT,
      deps,
    );
    expect(ack).toEqual({ ok: true, stored: false });
    expect(await stored()).toBe(0);
  });

  it('records composer checks from the site’s own pages only', async () => {
    const check = { type: 'report-composer', site: 'chatgpt', found: false };
    expect(await handleRuntimeMessage(check, CHATGPT_TAB, EXT, deps)).toEqual({
      ok: true,
      stored: false,
    });
    expect(
      await handleRuntimeMessage(check, { id: EXT, url: 'https://evil.example/' }, EXT, deps),
    ).toMatchObject({ ok: false });
    expect(
      await handleRuntimeMessage({ ...check, found: 'no' }, CHATGPT_TAB, EXT, deps),
    ).toMatchObject({ ok: false });
    expect(composer).toEqual([['chatgpt', false, NOW]]);
  });
});
