import { z } from 'zod';
import { MAX_EVENT_KEY_CHARS } from './event-id';
import { MAX_CLIP_SECONDS } from './video';
import { sendLabelShape } from './model-mode';

/** A 128-bit hex event id (see `eventId`). */
const EventIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not an event id');

/** What a stored or exported event may be: a prompt, a generated image or a generated video clip. */
export const USAGE_KINDS = ['prompt', 'image', 'video'] as const;

/** The fields of a counted use besides how it is identified. No text, ever. */
function usageFields(siteIds: [string, ...string[]]) {
  return {
    site: z.enum(siteIds),
    kind: z.enum(USAGE_KINDS),
    trigger: z.enum(['send', 'regenerate', 'image', 'video']),
    /** A video clip's length in whole seconds, when the site tells it; absent = unknown. */
    durationSec: z.number().int().min(1).max(MAX_CLIP_SECONDS).optional(),
    at: z.number().int().positive(),
    source: z.enum(['dom', 'net']),
    // What model and mode a send used, where the request or the answer says (absent: not known).
    model: sendLabelShape.model.optional(),
    mode: sendLabelShape.mode.optional(),
    labelFrom: sendLabelShape.labelFrom.optional(),
  };
}

/**
 * The rules between kind, trigger and duration, shared by the event and the export schemas: an image
 * has trigger "image", a video trigger "video", and only a video may carry a duration.
 */
export function checkKindFields(
  e: { kind: string; trigger: string; durationSec?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const kind of ['image', 'video']) {
    if ((e.kind === kind) !== (e.trigger === kind)) {
      ctx.addIssue({
        code: 'custom',
        message: `an ${kind} has trigger "${kind}" and nothing else does`,
        path: ['trigger'],
      });
    }
  }
  if (e.durationSec !== undefined && e.kind !== 'video') {
    ctx.addIssue({ code: 'custom', message: 'only a video has a duration', path: ['durationSec'] });
  }
}

/**
 * One counted use as the background stores it. The site ids are the registry's (`SITE_IDS`), passed
 * in so that this floor imports nothing of the project.
 */
export function usageEventSchema(siteIds: [string, ...string[]]) {
  return z
    .strictObject({ id: EventIdSchema, ...usageFields(siteIds) })
    .superRefine(checkKindFields);
}

/**
 * One counted use: a prompt sent (or regenerated), an image or a video clip generated, on one site, at
 * one time.
 */
export type UsageEvent = z.infer<ReturnType<typeof usageEventSchema>>;

/**
 * One counted use as a content script reports it: with the site's own key (message id, image key)
 * instead of an id. Only the background, which holds the install secret, turns the key into an id.
 */
export function reportedEventSchema(siteIds: [string, ...string[]]) {
  return z
    .strictObject({ key: z.string().min(1).max(MAX_EVENT_KEY_CHARS), ...usageFields(siteIds) })
    .superRefine(checkKindFields);
}

/** See reportedEventSchema. */
export type ReportedEvent = z.infer<ReturnType<typeof reportedEventSchema>>;
