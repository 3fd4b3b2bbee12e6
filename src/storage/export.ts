import { z } from 'zod';
import { sendLabelShape } from '../domain/model-mode';
import { impactPerAction, type FootprintSettings } from '../footprint';
import { SITE_IDS } from '../sites/registry';
import { checkKindFields, USAGE_KINDS } from '../domain/usage-event';
import { MAX_CLIP_SECONDS } from '../domain/video';
import { footprintUnits } from './events';
import type { FootprintDb } from './db';
import type { DayRollup, StoredEvent } from './schema';

/** Identifies our export files; `version` changes whenever the shape below does. */
export const EXPORT_FORMAT = 'ai-footprint-export';
/**
 * 2 adds `times`, events that are video clips (`kind: "video"`, optional `durationSec`) and, per
 * event, the optional `model`, `mode` and `labelFrom` (an event without them imports as `unknown`);
 * a version 1 file (exact times, no `times`, no videos, no labels) still imports.
 */
export const EXPORT_VERSION = 2;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A day the calendar has: 2026-02-31 matches the pattern but is no day. */
const isCalendarDay = (day: string): boolean => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** No counted use is older than the extension (2022: the first public chat assistants). */
export const EARLIEST_EVENT_AT = Date.UTC(2022, 0, 1);

/** Longest string a file's settings and stamps may hold: ids and ISO times are far shorter. */
export const MAX_FILE_STRING = 200;

const boundedString = z
  .string()
  .max(MAX_FILE_STRING, `too long (at most ${MAX_FILE_STRING} characters)`);

/** The recorded settings: any JSON, but small (short strings, few entries, shallow). */
const recordedSettings: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    boundedString,
    z.number(),
    z.boolean(),
    z.null(),
    z.array(recordedSettings).max(100),
    z.record(boundedString, recordedSettings).refine((o) => Object.keys(o).length <= 100, {
      message: 'too many entries (at most 100)',
    }),
  ]),
);

/** One minute: exported times are rounded down to it unless the user asks for exact times. */
const MINUTE_MS = 60_000;

/** One stored event as the export holds it (the events store's value, nothing else). */
export const exportedEventSchema = z
  .strictObject({
    id: z.string().regex(/^[0-9a-f]{32}$/, 'not an event id (32 hex digits)'),
    site: z.enum(SITE_IDS, { message: 'unknown site' }),
    kind: z.enum(USAGE_KINDS),
    trigger: z.enum(['send', 'regenerate', 'image', 'video']),
    durationSec: z.number().int().min(1).max(MAX_CLIP_SECONDS).optional(),
    at: z.number().int().min(EARLIEST_EVENT_AT, 'before 2022: no AI Footprint event is that old'),
    day: z
      .string()
      .regex(DAY, 'not a day (YYYY-MM-DD)')
      .refine(isCalendarDay, 'not a day of the calendar'),
    sources: z
      .array(z.enum(['dom', 'net']))
      .min(1)
      .max(2),
    model: sendLabelShape.model.optional(),
    mode: sendLabelShape.mode.optional(),
    labelFrom: sendLabelShape.labelFrom.optional(),
  })
  .superRefine(checkKindFields)
  // The stored day is the local day where the event was counted: within a day of its UTC date
  // (time zones run from UTC−12 to UTC+14).
  .refine((e) => Math.abs(Date.parse(`${e.day}T12:00:00Z`) - e.at) <= 38 * 3_600_000, {
    message: 'day does not match the event time',
    path: ['day'],
  });

/** A whole export file. Settings are recorded for reference; importing never changes settings. */
export const exportFileSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { message: `not an ${EXPORT_FORMAT} file` }),
    version: z.union([z.literal(1), z.literal(EXPORT_VERSION)], {
      message: `unsupported version (expected 1 or ${EXPORT_VERSION})`,
    }),
    exportedAt: boundedString,
    /** Whether `at` is exact or rounded down to the minute; absent (version 1) means exact. */
    times: z.enum(['minute', 'exact']).optional(),
    settings: z.record(boundedString, recordedSettings).optional(),
    events: z.array(exportedEventSchema),
  })
  // Version 1 knew no model or mode: a label there means the file was altered.
  .superRefine((file, ctx) => {
    if (file.version !== 1) return;
    const i = file.events.findIndex((e) => e.model ?? e.mode ?? e.labelFrom);
    if (i >= 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'a version 1 file has no model or mode',
        path: ['events', i],
      });
    }
  });
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Every stored event, oldest first. */
export async function allEvents(db: FootprintDb): Promise<StoredEvent[]> {
  return db.getAllFromIndex('events', 'by-at');
}

/**
 * The JSON export: complete (every event with its sources), versioned, re-importable. Times are
 * rounded down to the minute (so an event keeps its day) unless `exactTimes`: an exact time can tie
 * an event to one send; the file says which in `times`.
 */
export function exportJson(
  events: readonly StoredEvent[],
  settings: FootprintSettings | Record<string, unknown>,
  now: number,
  { exactTimes = false }: { exactTimes?: boolean } = {},
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    times: exactTimes ? 'exact' : 'minute',
    settings: { ...settings },
    events: events.map((e) => ({
      id: e.id,
      site: e.site,
      kind: e.kind,
      trigger: e.trigger,
      ...(e.durationSec === undefined ? {} : { durationSec: e.durationSec }),
      at: exactTimes ? e.at : Math.floor(e.at / MINUTE_MS) * MINUTE_MS,
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

export const CSV_HEADER = ['day', 'site', 'kind', 'count', 'wh', 'gco2', 'ml', 'seconds'] as const;

/**
 * The CSV export: one row per day × site × kind, with its count and its footprint under `settings`;
 * a video row also has its seconds of footage, which its footprint is computed from.
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
    const units = footprintUnits(r);
    lines.push(
      [
        r.day,
        r.site,
        r.kind,
        r.count,
        round(per.wh * units),
        round(per.gco2 * units),
        round(per.ml * units),
        r.kind === 'video' ? units : '',
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
