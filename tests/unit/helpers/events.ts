import type { UsageEvent } from '../../../src/domain/usage-event';

/** A local time in November 2026 (the month the storage tests live in). */
export const novemberAt = (day: number, hour = 12): number =>
  new Date(2026, 10, day, hour).getTime();

/**
 * A maker of ChatGPT prompt events: `event('a')` has id `a000…`; `defaults` and then `overrides`
 * change any field.
 */
export function eventMaker(defaults: Partial<UsageEvent> = {}) {
  return (id: string, overrides: Partial<UsageEvent> = {}): UsageEvent => ({
    id: id.padEnd(32, '0'),
    site: 'chatgpt',
    kind: 'prompt',
    trigger: 'send',
    at: novemberAt(23),
    source: 'dom',
    ...defaults,
    ...overrides,
  });
}

/** A maker of Midjourney video clips from an event maker: `clip('a', 4)` is 4 s, `clip('a')` unknown. */
export const clipMaker =
  (event: ReturnType<typeof eventMaker>) =>
  (id: string, durationSec?: number): UsageEvent =>
    event(id, {
      site: 'midjourney',
      kind: 'video',
      trigger: 'video',
      ...(durationSec === undefined ? {} : { durationSec }),
    });
