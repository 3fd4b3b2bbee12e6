import { z } from 'zod';
import { sendLabelShape } from '../domain/model-mode';
import { impactPerAction, type FootprintSettings } from '../footprint';
import { SITE_IDS } from '../sites/registry';
import type { FootprintDb } from './db';
import type { DayRollup, StoredEvent } from './schema';

/**
 * Identifies our export files; `version` changes whenever the shape below does. Version 2 adds each
 * event's `model`, `mode` and `labelFrom`; version 1 files still import, their events as `unknown`.
 */
export const EXPORT_FORMAT = 'ai-footprint-export';
export const EXPORT_VERSION = 2;
export const IMPORTABLE_VERSIONS = [1, 2] as const;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The fields of one stored event that every export version holds. */
const eventFields = {
  id: z.string().regex(/^[0-9a-f]{32}$/, 'not an event id (32 hex digits)'),
  site: z.enum(SITE_IDS, { message: 'unknown site' }),
  kind: z.enum(['prompt', 'image']),
  trigger: z.enum(['send', 'regenerate', 'image']),
  at: z.number().int().positive(),
  day: z.string().regex(DAY, 'not a day (YYYY-MM-DD)'),
  sources: z
    .array(z.enum(['dom', 'net']))
    .min(1)
    .max(2),
};

/**
 * What holds for an event of any version: only an image has trigger "image", and the stored day is
 * the local day where the event was counted, within a day of its UTC date (zones run UTC−12..+14).
 */
function checkEvent(
  e: { kind: string; trigger: string; day: string; at: number },
  ctx: z.RefinementCtx,
): void {
  if ((e.kind === 'image') !== (e.trigger === 'image')) {
    ctx.addIssue({
      code: 'custom',
      message: 'an image has trigger "image" and nothing else does',
      path: ['trigger'],
    });
  }
  if (Math.abs(Date.parse(`${e.day}T12:00:00Z`) - e.at) > 38 * 3_600_000) {
    ctx.addIssue({ code: 'custom', message: 'day does not match the event time', path: ['day'] });
  }
}

/** One stored event as the export holds it (the events store's value, nothing else). */
export const exportedEventSchema = z
  .strictObject({ ...eventFields, ...sendLabelShape })
  .superRefine(checkEvent);

/** An event of a version 1 file: no label. */
const exportedEventV1Schema = z.strictObject(eventFields).superRefine(checkEvent);

/** A whole file of one version. Settings are recorded for reference; importing never changes them. */
function fileSchema<V extends number, E extends z.ZodType>(version: V, event: E) {
  return z.strictObject({
    format: z.literal(EXPORT_FORMAT, { message: `not an ${EXPORT_FORMAT} file` }),
    version: z.literal(version),
    exportedAt: z.string(),
    settings: z.record(z.string(), z.unknown()).optional(),
    events: z.array(event),
  });
}

/** The current export file. */
export const exportFileSchema = fileSchema(EXPORT_VERSION, exportedEventSchema);
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Version 1 (until model and mode were recorded): the same events without a label. */
export const exportFileV1Schema = fileSchema(1, exportedEventV1Schema);

/** Format and version alone, so an old or foreign file is named as such rather than field by field. */
export const exportHeadSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: `not an ${EXPORT_FORMAT} file` }),
  version: z.union(
    IMPORTABLE_VERSIONS.map((v) => z.literal(v)),
    { message: `unsupported version (expected one of ${IMPORTABLE_VERSIONS.join(', ')})` },
  ),
});

/** Every stored event, oldest first. */
export async function allEvents(db: FootprintDb): Promise<StoredEvent[]> {
  return db.getAllFromIndex('events', 'by-at');
}

/** The JSON export: complete (every event with its sources), versioned, re-importable. */
export function exportJson(
  events: readonly StoredEvent[],
  settings: FootprintSettings | Record<string, unknown>,
  now: number,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: { ...settings },
    events: events.map((e) => ({
      id: e.id,
      site: e.site,
      kind: e.kind,
      trigger: e.trigger,
      at: e.at,
      day: e.day,
      sources: [...e.sources],
      model: e.model,
      mode: e.mode,
      labelFrom: e.labelFrom,
    })),
  };
  return JSON.stringify(file, null, 1);
}

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['day', 'site', 'kind', 'count', 'wh', 'gco2', 'ml'] as const;

/**
 * The CSV export: one row per day × site × kind, with its count and its footprint under `settings`.
 * CRLF line ends (RFC 4180), header first, rows by day then site then kind.
 */
export function exportCsv(rollups: readonly DayRollup[], settings: FootprintSettings): string {
  const rows = [...rollups].sort(
    (a, b) =>
      a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.kind.localeCompare(b.kind),
  );
  const round = (n: number) => String(Math.round(n * 1000) / 1000);
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    const per = impactPerAction(r.kind, r.site, settings);
    lines.push(
      [
        r.day,
        r.site,
        r.kind,
        r.count,
        round(per.wh * r.count),
        round(per.gco2 * r.count),
        round(per.ml * r.count),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
