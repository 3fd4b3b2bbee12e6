import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { usageEventSchema } from '../domain/usage-event';
import { SITE_IDS } from '../sites/registry';

/**
 * Every value the extension keeps in `browser.storage` (WXT storage items), with the shape it is
 * stored in. IndexedDB (events and rollups) is `db.ts`. A stored value may be old or corrupt, so each
 * reader parses it with the schema here and falls back instead of throwing.
 */

/**
 * The user's settings, version 1 (later versions add migrations here). Their shape is `settingsSchema`
 * in src/settings/settings.ts, which reads them field by field (an absent field gets its default).
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: {},
  version: 1,
});

/** Site ids the user switched off (a disabled site counts nothing). */
export const DisabledSitesSchema = z.array(z.string().max(64)).max(100);

/** Sites the user switched off; absent or corrupt means none. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/** Per site, since when its pages show no composer the adapter recognises (absent = fine). */
export const ComposerReportSchema = z.record(
  z.string(),
  z.strictObject({ missingSince: z.number() }),
);
export type ComposerReports = z.infer<typeof ComposerReportSchema>;

/** Written by the background from each page's composer check; read by the options page. */
export const composerReportsItem = storage.defineItem<ComposerReports>('local:composerReports', {
  fallback: {},
  version: 1,
});

/** At most this many events wait for the database (about 300 KB of session storage). */
export const MAX_WAITING_EVENTS = 2000;

/** The database is refusing writes: since when, why, and the events waiting to be stored. */
export const StorageProblemSchema = z.strictObject({
  reason: z.enum(['quota', 'unavailable']),
  since: z.number(),
  waiting: z.array(usageEventSchema(SITE_IDS)).max(MAX_WAITING_EVENTS),
});
export type StorageProblem = z.infer<typeof StorageProblemSchema>;

/**
 * Written by the background while the database refuses writes and read by the popup. Session storage
 * lives in memory, so it works while the disk is full; its contents end when the browser closes.
 */
export const storageProblemItem = storage.defineItem<StorageProblem | null>(
  'session:storageProblem',
  { fallback: null },
);

/**
 * One tab's right to count the images of a job: the job its last create post started (Bing), or an
 * accepted job its page holds until a status poll says done (Ideogram, Leonardo).
 */
export const JobGrantSchema = z.strictObject({
  tabId: z.number().int(),
  site: z.string(),
  at: z.number(),
  /** The job the grant serves; unset until the redirect or the first claim names it. */
  jobKey: z.string().optional(),
  /** Set on a held job (an accepted job still running when its page may reload): its image count. */
  images: z.number().int().nonnegative().optional(),
});
export type JobGrant = z.infer<typeof JobGrantSchema>;

/**
 * Session storage: a stopped worker keeps the grants (the result page may ask after a restart) and
 * they end with the browser session.
 */
export const jobGrantsItem = storage.defineItem<JobGrant[]>('session:jobGrants', { fallback: [] });

/** Set once the welcome page has opened after installing, so that it never opens by itself again. */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', {
  fallback: false,
});

/**
 * This install's pseudonym in class shares (32 hex digits, see `class-pseudonym.ts`), made on the
 * first share and kept, so a re-sent share replaces the earlier one. It appears nowhere else.
 */
export const classPseudonymItem = storage.defineItem<string | null>('local:classSharePseudonym', {
  fallback: null,
  version: 1,
});

/**
 * The secret of this install that event ids are keyed with (32 random bytes, hex), and when it was
 * made. Made once by the background, never exported, never sent anywhere; content scripts never ask
 * for it (they report the site's key and the background derives the id).
 */
export const IdSecretSchema = z.strictObject({
  key: z.string().regex(/^[0-9a-f]{64}$/),
  since: z.number(),
});
export type IdSecret = z.infer<typeof IdSecretSchema>;

/** See IdSecretSchema. */
export const idSecretItem = storage.defineItem<IdSecret | null>('local:idSecret', {
  fallback: null,
});

/**
 * When the user last reset their data: an event from before it that still arrives (a content
 * script's retry, a late network confirmation) is dropped rather than counted after the reset.
 */
export const resetAtItem = storage.defineItem<number>('local:resetAt', { fallback: 0 });

/**
 * Events lost because the waiting room was full, until the user has seen the count in the popup or
 * resets. Session storage, like the waiting room: it works while the disk is full.
 */
export const DroppedEventsSchema = z.strictObject({
  count: z.number().int().positive(),
  since: z.number(),
});
export type DroppedEvents = z.infer<typeof DroppedEventsSchema>;

/** See DroppedEventsSchema; null when none were lost. */
export const droppedEventsItem = storage.defineItem<DroppedEvents | null>('session:droppedEvents', {
  fallback: null,
});
