// Stored days in the fixtures are local days in the zone they were generated in.
process.env.TZ = 'Europe/Amsterdam';

import { existsSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFootprintDb } from '../../../src/storage/db';
import { rollupsBetween } from '../../../src/storage/events';
import { allEvents } from '../../../src/storage/export';
import { UNKNOWN_LABEL } from '../../../src/domain/model-mode';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/storage/migrations';
import type { DayRollup, StoredEvent } from '../../../src/storage/schema';
import {
  dumpStores,
  fixturePath,
  generateFixture,
  restoreFixture,
  type DbFixture,
} from '../helpers/db-fixture';

const VERSIONS = MIGRATIONS.map((m) => m.version);
const load = (version: number) =>
  JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DbFixture;
const rollupKey = (r: DayRollup) => `${r.day}|${r.site}|${r.kind}`;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('database fixtures of every schema version', () => {
  it.each(VERSIONS)('schema version %i has a checked-in fixture (npm run fixtures:db)', (v) => {
    expect(existsSync(fixturePath(v)), `${fixturePath(v)} is missing`).toBe(true);
    expect(load(v).version).toBe(v);
  });

  it.each(VERSIONS)(
    'version %i: its migrations still build the schema its fixture has',
    async (v) => {
      const db = await openFootprintDb('built', v);
      db.close();
      const built = await dumpStores('built');
      const fixture = load(v);
      for (const [name, store] of Object.entries(fixture.stores)) {
        expect({ ...built[name], records: [] }).toEqual({ ...store, records: [] });
      }
      expect(Object.keys(built).sort()).toEqual(Object.keys(fixture.stores).sort());
    },
  );

  it.each(VERSIONS)('version %i upgrades to the latest with nothing lost', async (v) => {
    const fixture = load(v);
    const events = fixture.stores.events!.records as StoredEvent[];
    const days = fixture.stores.days!.records as DayRollup[];
    expect(events.length).toBeGreaterThan(50);
    await restoreFixture(fixture, 'old');

    const db = await openFootprintDb('old');
    expect(db.version).toBe(LATEST_VERSION);
    const byId = new Map((await allEvents(db)).map((e) => [e.id, e]));
    expect(byId.size).toBe(events.length);
    // Events from before schema 4 gain an unknown label; later ones keep theirs.
    for (const event of events) expect(byId.get(event.id)).toEqual({ ...UNKNOWN_LABEL, ...event });
    const rollups = new Map((await rollupsBetween(db)).map((r) => [rollupKey(r), r.count]));
    expect(rollups).toEqual(new Map(days.map((r) => [rollupKey(r), r.count])));
    // The rollups still agree with the events they count.
    const counted = new Map<string, number>();
    for (const e of byId.values()) {
      const key = rollupKey({ day: e.day, site: e.site, kind: e.kind, count: 0 });
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    expect(counted).toEqual(rollups);
    // The all-time totals (schema 2) are the rollups summed per site and kind.
    const summed = new Map<string, number>();
    for (const r of days)
      summed.set(`${r.site}|${r.kind}`, (summed.get(`${r.site}|${r.kind}`) ?? 0) + r.count);
    const totals = await db.getAll('totals');
    expect(new Map(totals.map((t) => [`${t.site}|${t.kind}`, t.count]))).toEqual(summed);
    // The per-mode rollups and totals (schema 4) count the prompts by their stored mode.
    const byMode = new Map<string, number>();
    const byModeDay = new Map<string, number>();
    for (const e of byId.values()) {
      if (e.kind !== 'prompt') continue;
      byMode.set(`${e.site}|${e.mode}`, (byMode.get(`${e.site}|${e.mode}`) ?? 0) + 1);
      const dayKey = `${e.day}|${e.site}|${e.mode}`;
      byModeDay.set(dayKey, (byModeDay.get(dayKey) ?? 0) + 1);
    }
    const modeTotals = await db.getAll('modeTotals');
    expect(new Map(modeTotals.map((t) => [`${t.site}|${t.mode}`, t.count]))).toEqual(byMode);
    const modeDays = await db.getAll('modeDays');
    expect(new Map(modeDays.map((d) => [`${d.day}|${d.site}|${d.mode}`, d.count]))).toEqual(
      byModeDay,
    );
    db.close();
  });

  it('the latest fixture is what the current write code produces (a change needs a migration)', async () => {
    expect(await generateFixture()).toEqual(load(LATEST_VERSION));
  });
});
