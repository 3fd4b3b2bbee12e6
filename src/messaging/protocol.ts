import { z } from 'zod';
import { MAX_JOB_IMAGES } from '../domain/image-caps';
import { SITE_IDS, siteForUrl } from '../sites/registry';
import { reportedEventSchema } from '../domain/usage-event';

/**
 * Content script → background: store this event. It carries the site's key, never an id: the
 * background derives the id under the install secret (idempotent by key).
 */
export const RecordUsageSchema = z.strictObject({
  type: z.literal('record-usage'),
  event: reportedEventSchema(SITE_IDS),
});
export type RecordUsageMessage = z.infer<typeof RecordUsageSchema>;

/** Content script → background: whether this page shows a composer the adapter recognises. */
export const ReportComposerSchema = z.strictObject({
  type: z.literal('report-composer'),
  site: z.enum(SITE_IDS),
  found: z.boolean(),
});
export type ReportComposerMessage = z.infer<typeof ReportComposerSchema>;

/**
 * Content script on a result page → background: may this page count the images of job `jobKey`? Only
 * when this tab's last create post (seen by webRequest) started it; the answer's `granted` says.
 */
export const ClaimImageJobSchema = z.strictObject({
  type: z.literal('claim-image-job'),
  site: z.enum(SITE_IDS),
  jobKey: z.string().regex(/^[\w-]{1,200}$/, 'not a job id'),
});
export type ClaimImageJobMessage = z.infer<typeof ClaimImageJobSchema>;

/** A site's job id, as the image-job readers take it (`idOf`). */
const JobKeySchema = z.string().min(1).max(200);

/**
 * Content script → background: this page's accepted job `jobKey` is running (a status poll will say
 * when it is done); keep it for this tab, so a reload before then can still count its `images`.
 */
export const HoldImageJobSchema = z.strictObject({
  type: z.literal('hold-image-job'),
  site: z.enum(SITE_IDS),
  jobKey: JobKeySchema,
  images: z.number().int().min(0).max(MAX_JOB_IMAGES),
});
export type HoldImageJobMessage = z.infer<typeof HoldImageJobSchema>;

/** Content script → background, on load: which jobs does this tab hold on `site`? The answer's `held`. */
export const HeldImageJobsSchema = z.strictObject({
  type: z.literal('held-image-jobs'),
  site: z.enum(SITE_IDS),
});
export type HeldImageJobsMessage = z.infer<typeof HeldImageJobsSchema>;

/** Weekly page → background: merge an export file (checked again here before anything is written). */
export const ImportDataSchema = z.strictObject({
  type: z.literal('import-data'),
  // The file's text; its size limit is checked by checkImport with a readable message.
  text: z.string(),
});
export type ImportDataMessage = z.infer<typeof ImportDataSchema>;

/** Weekly page → background: delete every event and rollup (the page asked the user first). */
export const ResetDataSchema = z.strictObject({ type: z.literal('reset-data') });
export type ResetDataMessage = z.infer<typeof ResetDataSchema>;

/** Every message the background accepts. */
export const RuntimeMessageSchema = z.discriminatedUnion('type', [
  RecordUsageSchema,
  ReportComposerSchema,
  ClaimImageJobSchema,
  HoldImageJobSchema,
  HeldImageJobsSchema,
  ImportDataSchema,
  ResetDataSchema,
]);

/** The background's answer. `retry` says whether sending the same message again may succeed. */
export type Ack =
  | {
      ok: true;
      stored: boolean;
      added?: number;
      merged?: number;
      granted?: boolean;
      held?: { jobKey: string; images: number }[];
    }
  | { ok: false; error: string; retry: boolean };

/** What the receiver needs to know about who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * Why a sender may not report usage for `site`, or null when it may: it must be this extension's own
 * content script running on a page of that very site.
 */
export function senderProblem(
  sender: SenderInfo,
  site: string,
  extensionId: string,
): string | null {
  if (sender.id !== extensionId) return 'sender is not this extension';
  const url = sender.url ?? sender.tab?.url;
  if (!url) return 'sender has no page';
  const pageSite = siteForUrl(url);
  if (!pageSite) return 'sender page is not a supported site';
  if (pageSite.id !== site) return `event for ${site} sent from a ${pageSite.id} page`;
  return null;
}

/**
 * Why a sender may not import or reset data, or null when it may: it must be a page of this very
 * extension (its URL starts with the extension's own origin, e.g. `chrome-extension://<id>/`). A
 * content script's sender URL is the web page's, so it never passes.
 */
export function extensionPageProblem(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): string | null {
  if (sender.id !== extensionId) return 'sender is not this extension';
  if (!extensionOrigin.endsWith('/')) return 'extension origin unknown';
  if (!sender.url?.startsWith(extensionOrigin)) return 'sender is not a page of this extension';
  return null;
}
