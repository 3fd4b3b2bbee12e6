/**
 * Event ids are a hash of what the site gives (message id, image key, request id), so the same send
 * seen twice gets one id while no conversation or message id is ever stored in the clear.
 */
export async function eventId(site: string, key: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${site}\u0000${key}`);
  // Copy into a plain array first: in a Firefox content script the digest belongs to the page, and
  // typed-array methods such as subarray() on it throw "Permission denied".
  const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  return digest
    .slice(0, 16)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** Key of a prompt whose new user message id is known (page and network both give it). */
export const promptKey = (messageKey: string): string => `prompt:${messageKey}`;

/** Key of a generated image. */
export const imageKey = (key: string): string => `image:${key}`;

/** Key of a generated video clip. */
export const videoKey = (key: string): string => `video:${key}`;
