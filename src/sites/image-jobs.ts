import { MAX_JOB_IMAGES } from '../domain/image-caps';
import type { ImageJob, SiteAdapter, TurnQuery } from '../domain/site';

/**
 * The turns of an image-generation site: it has none. `:not(*)` matches no element, so the tracker never
 * counts a prompt there; its images count through its bridge's `imageJobs` alone.
 */
export const NO_USER_TURNS: TurnQuery = { selector: ':not(*)', key: () => null };

/** An object's field, or undefined when `value` is not an object. */
export function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

/** A field path (`field(field(v, a), b)…`). */
export function path(value: unknown, ...names: string[]): unknown {
  return names.reduce<unknown>((v, name) => field(v, name), value);
}

/** A non-empty string id, or null. */
export function idOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null;
}

/** A count of images: a whole number in 0..MAX_JOB_IMAGES, else `fallback`. */
export function imageCount(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? Math.min(value, MAX_JOB_IMAGES)
    : fallback;
}

/** One job, or none when it has no id. `images` left out: a finished job "as many as accepted". */
export function job(jobKey: unknown, images?: number): ImageJob[] {
  const key = idOf(jobKey);
  if (!key) return [];
  return images === undefined ? [{ jobKey: key }] : [{ jobKey: key, images }];
}

/** The entries of a field that should hold an array; [] when it does not. */
export function entries(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/**
 * JSON.parse as it was when the bridge's script ran (document_start, before any page script): a page
 * that patches it later cannot change what a stream's records say.
 */
const parseJson = JSON.parse;

/**
 * The JSON records of a streamed response body: NDJSON lines or server-sent `data:` lines, each parsed
 * on its own (a line that is not JSON is skipped). A body that parsed whole is its only record.
 */
export function jsonRecords(body: unknown): unknown[] {
  if (typeof body !== 'string') return body === undefined ? [] : [body];
  return body.split('\n').flatMap((line) => {
    const text = line.replace(/^data:\s*/, '').trim();
    if (!text.startsWith('{') && !text.startsWith('[')) return [];
    try {
      return [parseJson(text) as unknown];
    } catch {
      return [];
    }
  });
}

/** Whether a site only makes images (an image-generation site): it has no prompt turns of its own. */
export function makesOnlyImages(site: Pick<SiteAdapter, 'userTurn'>): boolean {
  return site.userTurn === NO_USER_TURNS;
}
