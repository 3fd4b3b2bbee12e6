import {
  extensionPageProblem,
  RuntimeMessageSchema,
  senderProblem,
  type Ack,
  type ImportDataMessage,
  type ResetDataMessage,
  type SenderInfo,
} from '../messaging/protocol';
import type { UsageEvent } from '../domain/usage-event';
import type { FootprintDb } from '../storage/db';
import { recordEvent } from '../storage/events';
import { checkImport, mergeEvents } from '../storage/import';
import type { EventIds } from './event-ids';
import type { JobGrants } from './job-grants';
import type { PageOnlySends } from './page-only-sends';
import type { Reset } from './reset';
import type { WaitingRoom } from './waiting-room';

/** Events may arrive late (a sleeping worker, retries) but never from the future. */
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const MAX_CLOCK_SKEW_MS = 60_000;

export interface IntakeDeps {
  getDb(): Promise<FootprintDb>;
  now(): number;
  /** Whether the user has counting switched on for a site. */
  isSiteEnabled(site: string): Promise<boolean>;
  /** Records whether a page of a site showed a composer its adapter recognises. */
  recordComposerCheck(site: string, found: boolean, now: number): Promise<void>;
  /** Called after a new event was stored (updates the badge). */
  onStored(): Promise<void>;
  /** Keeps events the database refuses (full disk, IndexedDB unavailable) until it takes them. */
  waitingRoom: WaitingRoom;
  /** Which tabs may count which image job (Bing's create posts, held jobs); without it none is. */
  jobGrants?: Pick<JobGrants, 'claim' | 'hold' | 'held'>;
  /** This extension's own origin with a trailing slash (`runtime.getURL('/')`); pages there may import. */
  extensionOrigin?: string;
  /** Where the sends a page reports alone wait for their network confirmation (see network.ts). */
  pageOnlySends?: Pick<PageOnlySends, 'noteReported' | 'clear'>;
  /** Turns the keys content scripts report into event ids under the install secret. */
  eventIds: EventIds;
  /** The user's reset, and which events it makes too old to store. */
  reset: Reset;
}

/** Import or reset, asked for by one of this extension's pages: one transaction each. */
async function handleDataMessage(
  message: ImportDataMessage | ResetDataMessage,
  deps: IntakeDeps,
): Promise<Ack> {
  let ack: Ack;
  try {
    if (message.type === 'reset-data') {
      await deps.reset.reset(await deps.getDb(), deps.waitingRoom, deps.pageOnlySends);
      ack = { ok: true, stored: true };
    } else {
      const check = checkImport(message.text, deps.now());
      if (!check.ok) return { ok: false, error: check.error, retry: false };
      const result = await mergeEvents(await deps.getDb(), check.file.events);
      ack = { ok: true, stored: result.added + result.merged > 0, ...result };
    }
  } catch (error) {
    return { ok: false, error: `could not store: ${String(error)}`, retry: true };
  }
  await deps.onStored();
  return ack;
}

/**
 * Stores one validated event if its time is plausible. Both the page and network paths end here. An
 * event the database refuses waits in the waiting room (the sender need not retry); any success also
 * stores what was waiting, so counting resumes by itself once there is space again.
 */
export async function storeEvent(event: UsageEvent, deps: IntakeDeps): Promise<Ack> {
  const now = deps.now();
  if (event.at > now + MAX_CLOCK_SKEW_MS)
    return { ok: false, error: 'event time is in the future', retry: false };
  if (event.at < now - MAX_AGE_MS) return { ok: false, error: 'event is too old', retry: false };
  let stored: boolean;
  try {
    if (await deps.reset.isBeforeReset(event.at)) return { ok: true, stored: false };
    if (!(await deps.isSiteEnabled(event.site))) return { ok: true, stored: false };
    stored = await recordEvent(await deps.getDb(), event);
  } catch (error) {
    if (await deps.waitingRoom.hold(event, error)) {
      await deps.onStored();
      return { ok: true, stored: false };
    }
    return { ok: false, error: `could not store: ${String(error)}`, retry: true };
  }
  const unblocked = await deps.waitingRoom.flush(deps.getDb);
  if (stored || unblocked > 0) await deps.onStored();
  return { ok: true, stored };
}

/**
 * Handles one runtime message: validates every field with zod, accepts it only from this extension's
 * content script on a page of the event's own site, then stores it.
 */
export async function handleRuntimeMessage(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  deps: IntakeDeps,
): Promise<Ack> {
  const parsed = RuntimeMessageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid message at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      retry: false,
    };
  }
  const message = parsed.data;
  if (message.type === 'import-data' || message.type === 'reset-data') {
    const problem = extensionPageProblem(sender, extensionId, deps.extensionOrigin ?? '');
    if (problem) return { ok: false, error: problem, retry: false };
    return handleDataMessage(message, deps);
  }
  const site = message.type === 'record-usage' ? message.event.site : message.site;
  const problem = senderProblem(sender, site, extensionId);
  if (problem) return { ok: false, error: problem, retry: false };
  if (message.type === 'record-usage') {
    const { key, ...reported } = message.event;
    let event: UsageEvent;
    try {
      event = { id: await deps.eventIds.idFor(reported.site, key), ...reported };
    } catch (error) {
      return { ok: false, error: `no event id: ${String(error)}`, retry: true };
    }
    // A retry from before a reset must not wait for a confirmation either.
    if (await deps.reset.isBeforeReset(event.at)) return { ok: true, stored: false };
    if (sender.tab?.id !== undefined) deps.pageOnlySends?.noteReported(sender.tab.id, event);
    return storeEvent(event, deps);
  }
  if (message.type === 'report-composer') {
    await deps.recordComposerCheck(message.site, message.found, deps.now());
    return { ok: true, stored: false };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'sender has no tab', retry: false };
  if (message.type === 'claim-image-job') {
    const granted = (await deps.jobGrants?.claim(tabId, message.site, message.jobKey)) ?? false;
    return { ok: true, stored: false, granted };
  }
  if (message.type === 'hold-image-job') {
    await deps.jobGrants?.hold(tabId, message.site, message.jobKey, message.images);
    return { ok: true, stored: false };
  }
  const held = (await deps.jobGrants?.held(tabId, message.site)) ?? [];
  return { ok: true, stored: false, held };
}
