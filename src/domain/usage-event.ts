import { z } from 'zod';
import { MAX_EVENT_KEY_CHARS } from './event-id';
import { sendLabelShape } from './model-mode';

/** A 128-bit hex event id (see `eventId`). */
const EventIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not an event id');

/** The fields of a counted use besides how it is identified. No text, ever. */
function usageFields(siteIds: [string, ...string[]]) {
  return {
    site: z.enum(siteIds),
    kind: z.enum(['prompt', 'image']),
    trigger: z.enum(['send', 'regenerate', 'image']),
    at: z.number().int().positive(),
    source: z.enum(['dom', 'net']),
    // What model and mode a send used, where the request or the answer says (absent: not known).
    model: sendLabelShape.model.optional(),
    mode: sendLabelShape.mode.optional(),
    labelFrom: sendLabelShape.labelFrom.optional(),
  };
}

const imageTriggerRule = {
  check: (e: { kind: string; trigger: string }) => (e.kind === 'image') === (e.trigger === 'image'),
  message: 'an image has trigger "image" and nothing else does',
  path: ['trigger'],
};

/**
 * One counted use as the background stores it. The site ids are the registry's (`SITE_IDS`), passed
 * in so that this floor imports nothing of the project.
 */
export function usageEventSchema(siteIds: [string, ...string[]]) {
  return z
    .strictObject({ id: EventIdSchema, ...usageFields(siteIds) })
    .refine(imageTriggerRule.check, imageTriggerRule);
}

/** One counted use: a prompt sent (or regenerated) or an image generated, on one site, at one time. */
export type UsageEvent = z.infer<ReturnType<typeof usageEventSchema>>;

/**
 * One counted use as a content script reports it: with the site's own key (message id, image key)
 * instead of an id. Only the background, which holds the install secret, turns the key into an id.
 */
export function reportedEventSchema(siteIds: [string, ...string[]]) {
  return z
    .strictObject({ key: z.string().min(1).max(MAX_EVENT_KEY_CHARS), ...usageFields(siteIds) })
    .refine(imageTriggerRule.check, imageTriggerRule);
}

/** See reportedEventSchema. */
export type ReportedEvent = z.infer<ReturnType<typeof reportedEventSchema>>;
