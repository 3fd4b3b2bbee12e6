import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventMaker } from '../helpers/events';
import { openFootprintDb } from '../../../src/storage/db';
import { recordEvent } from '../../../src/storage/events';
import { SITES } from '../../../src/sites/registry';
import { loadSiteRows } from '../../../src/ui/options/data';
import type { UsageEvent } from '../../../src/domain/usage-event';

const NOW = new Date(2026, 11, 7, 12).getTime();
const event = eventMaker();

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

/** Stores three sends per site, each seen by `sources` (one event per source, as the ledger does). */
async function sendsSeenBy(sources: (site: string) => UsageEvent['source'][]): Promise<void> {
  const db = await openFootprintDb();
  try {
    for (const [s, site] of SITES.entries()) {
      for (const n of [1, 2, 3]) {
        for (const source of sources(site.id)) {
          const id = `${s.toString(16).padStart(2, '0')}${n}`;
          await recordEvent(db, event(id, { site: site.id, at: NOW - n * 60_000, source }));
        }
      }
    }
  } finally {
    db.close();
  }
}

const healthOf = async () =>
  Object.fromEntries((await loadSiteRows(NOW)).map((row) => [row.id, row.health.status]));

/** Chat sites: a send is confirmed by a request or, on Copilot and Meta AI, a socket frame. */
const CHAT_SITES = SITES.filter((site) => site.network?.length || site.bridge?.socketSends);

describe('detection health of every site (options page)', () => {
  it('every chat site has a second signal to judge its page by, Meta AI by its socket too', () => {
    expect(CHAT_SITES.map((site) => site.id)).toEqual(
      expect.arrayContaining(['chatgpt', 'copilot', 'metaai', 'huggingchat', 'qwen', 'poe']),
    );
    expect(SITES.find((site) => site.id === 'metaai')?.bridge?.socketSends).toBe(true);
  });

  it('is recognised on every site when page and network both saw the recent sends', async () => {
    await sendsSeenBy(() => ['dom', 'net']);
    const health = await healthOf();
    expect(SITES.filter((site) => health[site.id] !== 'ok').map((site) => site.id)).toEqual([]);
  });

  it('names the page when only the network (or socket) saw them, on every chat site', async () => {
    await sendsSeenBy(() => ['net']);
    const health = await healthOf();
    for (const site of CHAT_SITES) expect(health[site.id], site.id).toBe('page-not-recognised');
  });

  it('names the request when only the page saw them, and only where a request is read', async () => {
    await sendsSeenBy(() => ['dom']);
    const health = await healthOf();
    for (const site of SITES) {
      expect(health[site.id], site.id).toBe(
        CHAT_SITES.includes(site) ? 'network-not-recognised' : 'ok',
      );
    }
  });
});
