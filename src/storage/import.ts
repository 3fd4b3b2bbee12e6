import { z } from 'zod';
import type { FootprintDb } from './db';
import { footageSeconds, writeAtomically } from './events';
import { UNKNOWN_LABEL, labelWins, type SendLabel } from '../domain/model-mode';
import { exportFileSchema, type ExportFile } from './export';
import { bumpModes, type ModeBump } from './modes';
import type { StoredEvent } from './schema';
import { addToTotals, bumped } from './totals';

/** Larger than a decade of heavy use (100,000 events are about 15 MB) yet bounded. */
export const MAX_IMPORT_CHARS = 40 * 1024 * 1024;

/** Event times may be a little ahead of this clock (another device's), never more. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A checked file whose every event has a label (`unknown` where the file had none). */
export type LabelledExportFile = Omit<ExportFile, 'events'> & {
  events: (ExportFile['events'][number] & SendLabel)[];
};

export type ImportCheck = { ok: true; file: LabelledExportFile } | { ok: false; error: string };

/** "events[3].at" from zod's path. */
export function where(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || '(file)';
}

function mb(chars: number): string {
  return `${Math.round((chars / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Checks a whole import file before anything is written: size, JSON, every field (zod), no event in
 * the future, no id twice. The error names what is wrong and where ("events[3].at: in the future").
 */
export function checkImport(text: string, now: number): ImportCheck {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      error: `file is too large (${mb(text.length)}; at most ${mb(MAX_IMPORT_CHARS)})`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: '(file): not an AI Footprint export (expected a JSON object)' };
  }
  // Format and version first, so an old or foreign file is named as such rather than field by field.
  const head = z
    .object({ format: exportFileSchema.shape.format, version: exportFileSchema.shape.version })
    .safeParse(raw);
  const parsed = head.success ? exportFileSchema.safeParse(raw) : head;
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    return { ok: false, error: `${where(first.path)}: ${first.message}${more}` };
  }
  // An event without a label (any version 1 file) knew no model or mode: `unknown`, read from nothing.
  const checked = parsed.data as ExportFile;
  const file: LabelledExportFile = {
    ...checked,
    events: checked.events.map((e) => ({
      ...e,
      model: e.model ?? UNKNOWN_LABEL.model,
      mode: e.mode ?? UNKNOWN_LABEL.mode,
      labelFrom: e.labelFrom ?? UNKNOWN_LABEL.labelFrom,
    })),
  };
  const seen = new Set<string>();
  for (const [i, event] of file.events.entries()) {
    if (event.at > now + MAX_CLOCK_SKEW_MS) {
      return {
        ok: false,
        error: `events[${i}].at: in the future (${new Date(event.at).toISOString()})`,
      };
    }
    if (seen.has(event.id)) {
      return { ok: false, error: `events[${i}].id: ${event.id} appears twice in the file` };
    }
    seen.add(event.id);
  }
  return { ok: true, file };
}

export interface ImportResult {
  /** Events that were not stored before. */
  added: number;
  /** Known events that gained a source they did not have. */
  merged: number;
}

/**
 * Merges checked events by id in ONE transaction over events, days and totals: a new id is stored and
 * bumps its day rollup and all-time total (and its mode's); a known id only gains sources and a label
 * from a stronger source. Importing the same file twice changes nothing.
 */
export function mergeEvents(
  db: FootprintDb,
  events: readonly LabelledExportFile['events'][number][],
): Promise<ImportResult> {
  return writeAtomically(db, async (tx) => {
    const store = tx.objectStore('events');
    const daysStore = tx.objectStore('days');
    const existing = await Promise.all(events.map((e) => store.get(e.id)));
    const bumps = new Map<
      string,
      { day: string; site: string; kind: StoredEvent['kind']; n: number; seconds?: number }
    >();
    const writes: Promise<unknown>[] = [];
    const modeBumps: ModeBump[] = [];
    let added = 0;
    let merged = 0;
    events.forEach((event, i) => {
      const known = existing[i];
      if (known) {
        const extra = event.sources.filter((s) => !known.sources.includes(s));
        const relabel = known.kind === 'prompt' && labelWins(known.labelFrom, event.labelFrom);
        if (extra.length > 0 || relabel) {
          merged++;
          const label = relabel
            ? { model: event.model, mode: event.mode, labelFrom: event.labelFrom }
            : {};
          writes.push(store.put({ ...known, sources: [...known.sources, ...extra], ...label }));
        }
        if (relabel && event.mode !== known.mode) {
          modeBumps.push({ day: known.day, site: known.site, mode: known.mode, n: -1 });
          modeBumps.push({ day: known.day, site: known.site, mode: event.mode, n: 1 });
        }
        return;
      }
      added++;
      writes.push(store.put({ ...event, sources: [...new Set(event.sources)] }));
      if (event.kind === 'prompt') {
        modeBumps.push({ day: event.day, site: event.site, mode: event.mode, n: 1 });
      }
      const key = `${event.day}\u0000${event.site}\u0000${event.kind}`;
      const bump = bumps.get(key) ?? { day: event.day, site: event.site, kind: event.kind, n: 0 };
      bump.n++;
      const seconds = footageSeconds(event);
      if (seconds !== undefined) bump.seconds = (bump.seconds ?? 0) + seconds;
      bumps.set(key, bump);
    });
    const rollups = await Promise.all(
      [...bumps.values()].map((b) => daysStore.get([b.day, b.site, b.kind])),
    );
    [...bumps.values()].forEach((b, i) => {
      const row = { day: b.day, site: b.site, kind: b.kind, count: 0 };
      writes.push(daysStore.put(bumped(row, rollups[i], b.n, b.seconds)));
    });
    writes.push(addToTotals(tx.objectStore('totals'), [...bumps.values()]));
    writes.push(bumpModes(tx, modeBumps));
    await Promise.all(writes);
    return { added, merged };
  });
}

/** Deletes every event, rollup and total (per kind and per mode) in one transaction. Settings are kept. */
export function resetData(db: FootprintDb): Promise<void> {
  return writeAtomically(db, async (tx) => {
    await Promise.all([
      tx.objectStore('events').clear(),
      tx.objectStore('days').clear(),
      tx.objectStore('totals').clear(),
      tx.objectStore('modeDays').clear(),
      tx.objectStore('modeTotals').clear(),
    ]);
  });
}
