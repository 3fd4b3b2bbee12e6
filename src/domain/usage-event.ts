import { z } from 'zod';
import { sendLabelShape } from './model-mode';

/** A 128-bit hex event id (see `eventId`). */
const EventIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not an event id');

/**
 * One counted use, as content scripts and network observers report it. No text, ever. The site ids
 * are the registry's (`SITE_IDS`), passed in so that this floor imports nothing of the project.
 */
export function usageEventSchema(siteIds: [string, ...string[]]) {
  return z
    .strictObject({
      id: EventIdSchema,
      site: z.enum(siteIds),
      kind: z.enum(['prompt', 'image']),
      trigger: z.enum(['send', 'regenerate', 'image']),
      at: z.number().int().positive(),
      source: z.enum(['dom', 'net']),
      // What model and mode a send used, where the request or the answer says (absent: not known).
      model: sendLabelShape.model.optional(),
      mode: sendLabelShape.mode.optional(),
      labelFrom: sendLabelShape.labelFrom.optional(),
    })
    .refine((e) => (e.kind === 'image') === (e.trigger === 'image'), {
      message: 'an image has trigger "image" and nothing else does',
      path: ['trigger'],
    });
}

/** One counted use: a prompt sent (or regenerated) or an image generated, on one site, at one time. */
export type UsageEvent = z.infer<ReturnType<typeof usageEventSchema>>;
