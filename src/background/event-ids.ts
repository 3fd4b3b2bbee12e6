import { eventId, importIdSecret, legacyEventId, newIdSecret } from '../domain/event-id';
import type { FootprintDb } from '../storage/db';
import { IdSecretSchema, idSecretItem } from '../storage/items';

/**
 * How long after the install secret is made a key's old (unkeyed) id is still looked up: long enough
 * for a send whose page signal the previous version stored to get its network signal under the new one.
 */
export const STRADDLE_MS = 10 * 60_000;

/** Turns a site's key into the event id of this install. */
export interface EventIds {
  idFor(site: string, key: string): Promise<string>;
}

/** The install's secret: read once per worker run, made (and stored) on first use. */
async function loadSecret(now: number): Promise<{ key: CryptoKey; since: number }> {
  const stored = IdSecretSchema.safeParse(await idSecretItem.getValue());
  const secret = stored.success ? stored.data : { key: newIdSecret(), since: now };
  if (!stored.success) await idSecretItem.setValue(secret);
  return { key: await importIdSecret(secret.key), since: secret.since };
}

/**
 * Event ids keyed with the install secret. Page and network signals of one send give the same key,
 * so they get the same id, in any worker run. A stored event keeps the id it has: in the minutes after
 * the secret was made, a key whose old unkeyed id is already stored gets that id, so a send that
 * straddles the update is counted once.
 */
export function createEventIds(getDb: () => Promise<FootprintDb>, now: () => number): EventIds {
  let secret: Promise<{ key: CryptoKey; since: number }> | undefined;
  const current = () => {
    secret ??= loadSecret(now()).catch((error: unknown) => {
      secret = undefined; // storage failed: try again on the next event
      throw error;
    });
    return secret;
  };
  return {
    async idFor(site, key) {
      const { key: hmacKey, since } = await current();
      if (now() - since < STRADDLE_MS) {
        const legacy = await legacyEventId(site, key);
        const stored = await getDb()
          .then((db) => db.getKey('events', legacy))
          .catch(() => undefined);
        if (stored !== undefined) return legacy;
      }
      return eventId(hmacKey, site, key);
    },
  };
}
