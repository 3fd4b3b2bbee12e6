import { z } from 'zod';
import { SITE_IDS } from '../sites/registry';
import { where } from './import';
import { parseWeekId } from './weeks';

/**
 * A class share: one student's week as counts per day × site × kind, under a random pseudonym of
 * their install. Nothing else: no event ids, no times within a day, no settings
 * (docs/class-share-format.md). `version` changes whenever the shape below does.
 */
export const SHARE_FORMAT = 'ai-footprint-class-share';
export const SHARE_VERSION = 1;

/** A share holds seven days; even 10,000 of one kind on one site in a day is far beyond real use. */
export const MAX_SHARE_COUNT = 10_000;
/** Far above the largest valid file (7 days × every site × 2 kinds), yet bounded. */
export const MAX_SHARE_CHARS = 512 * 1024;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const WEEK = /^\d{4}-W\d{2}$/;
/** 128 random bits as 32 hex digits (see class-pseudonym.ts). */
export const PSEUDONYM = /^[0-9a-f]{32}$/;

export const shareCountSchema = z.strictObject({
  day: z.string().regex(DAY, 'not a day (YYYY-MM-DD)'),
  site: z.enum(SITE_IDS, { message: 'unknown site' }),
  kind: z.enum(['prompt', 'image']),
  count: z.number().int().min(1).max(MAX_SHARE_COUNT),
});
export type ShareCount = z.infer<typeof shareCountSchema>;

export const shareFileSchema = z
  .strictObject({
    format: z.literal(SHARE_FORMAT, { message: `not an ${SHARE_FORMAT} file` }),
    version: z.literal(SHARE_VERSION, {
      message: `unsupported version (expected ${SHARE_VERSION})`,
    }),
    week: z.string().regex(WEEK, 'not an ISO week (YYYY-Www)'),
    pseudonym: z.string().regex(PSEUDONYM, 'not a pseudonym (32 hex digits)'),
    counts: z.array(shareCountSchema).max(7 * SITE_IDS.length * 2),
  })
  .superRefine((file, ctx) => {
    // zod runs this even when a field above failed; a malformed week is already reported.
    if (!WEEK.test(file.week)) return;
    const week = parseWeekId(file.week, 1);
    if (!week) {
      ctx.addIssue({ code: 'custom', message: 'no such ISO week', path: ['week'] });
      return;
    }
    const seen = new Set<string>();
    file.counts.forEach((row, i) => {
      if (!week.days.includes(row.day)) {
        ctx.addIssue({ code: 'custom', message: `not a day of ${file.week}`, path: ['counts', i] });
      }
      const key = `${row.day}|${row.site}|${row.kind}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', message: 'appears twice in the file', path: ['counts', i] });
      }
      seen.add(key);
    });
  });
export type ShareFile = z.infer<typeof shareFileSchema>;

export type ShareCheck = { ok: true; file: ShareFile } | { ok: false; error: string };

/**
 * Checks a whole share file before anything is stored: size, JSON, format and version first (so a
 * foreign file is named as such), then every field. The error says what is wrong and where.
 */
export function checkShare(text: string): ShareCheck {
  if (text.length > MAX_SHARE_CHARS) {
    return { ok: false, error: `file is too large (at most ${MAX_SHARE_CHARS / 1024} KB)` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: `(file): not an ${SHARE_FORMAT} file (expected a JSON object)` };
  }
  // Format and version first, so an old or foreign file is named as such rather than field by field.
  const head = z
    .object({ format: shareFileSchema.shape.format, version: shareFileSchema.shape.version })
    .safeParse(raw);
  const parsed = head.success ? shareFileSchema.safeParse(raw) : head;
  if (parsed.success) return { ok: true, file: parsed.data as ShareFile };
  const issues = parsed.error.issues;
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return { ok: false, error: `${where(first.path)}: ${first.message}${more}` };
}

/**
 * The share of one ISO week from day rollups: rows with a count, ordered by day, site and kind.
 * Rollups outside the week are left out.
 */
export function buildShare(
  weekId: string,
  pseudonym: string,
  rollups: readonly ShareCount[],
): ShareFile {
  const week = parseWeekId(weekId, 1);
  if (!week) throw new Error(`not an ISO week: ${weekId}`);
  const counts = rollups
    .filter((r) => r.count > 0 && week.days.includes(r.day))
    .map(({ day, site, kind, count }) => ({ day, site, kind, count }))
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.kind.localeCompare(b.kind),
    );
  return { format: SHARE_FORMAT, version: SHARE_VERSION, week: week.id, pseudonym, counts };
}

/** The file as saved: readable JSON. */
export function shareJson(share: ShareFile): string {
  return `${JSON.stringify(share, null, 1)}\n`;
}

/** "ai-footprint-share-2026-W49.json": says the week and that it is a share. */
export function shareFileName(weekId: string): string {
  return `ai-footprint-share-${weekId}.json`;
}
