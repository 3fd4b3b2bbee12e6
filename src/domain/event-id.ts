/**
 * Event ids are an HMAC-SHA-256, under a secret of this install, of what the site gives (message id,
 * image key, request id): the same send seen twice gets one id, no conversation or message id is ever
 * stored in the clear, and nobody without the secret can tell which site id an event id came from.
 */

/** The longest key a content script may report (image keys are URLs; a message id is far shorter). */
export const MAX_EVENT_KEY_CHARS = 2048;

/** The first 128 bits as 32 hex digits. */
function hex128(buffer: ArrayBuffer): string {
  // Copy into a plain array first: in a Firefox content script the digest belongs to the page, and
  // typed-array methods such as subarray() on it throw "Permission denied".
  return Array.from(new Uint8Array(buffer))
    .slice(0, 16)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

const message = (site: string, key: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`${site}\u0000${key}`);

/** The HMAC key of an install's secret (32 random bytes as 64 hex digits). */
export function importIdSecret(secretHex: string): Promise<CryptoKey> {
  const bytes = new Uint8Array(secretHex.match(/../g)!.map((pair) => parseInt(pair, 16)));
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** A new install secret: 32 random bytes as 64 hex digits. */
export function newIdSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)))
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The event id of `key` on `site` under this install's secret. */
export async function eventId(secret: CryptoKey, site: string, key: string): Promise<string> {
  return hex128(await crypto.subtle.sign('HMAC', secret, message(site, key)));
}

/**
 * The id the extension derived before install secrets: SHA-256 of site and key, which anyone holding
 * candidate keys can recompute. Stored events keep it; only a send that straddles the update looks it up.
 */
export async function legacyEventId(site: string, key: string): Promise<string> {
  return hex128(await crypto.subtle.digest('SHA-256', message(site, key)));
}

/** Key of a prompt whose new user message id is known (page and network both give it). */
export const promptKey = (messageKey: string): string => `prompt:${messageKey}`;

/** Key of a generated image. */
export const imageKey = (key: string): string => `image:${key}`;
