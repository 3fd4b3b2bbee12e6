import { storage } from 'wxt/utils/storage';
import { PSEUDONYM } from '../storage/class-share-file';

/**
 * This install's pseudonym in class shares: 128 random bits, made once and kept, so a re-sent share
 * replaces the earlier one. It is derived from nothing and appears nowhere but in share files.
 */
export const pseudonymItem = storage.defineItem<string | null>('local:classSharePseudonym', {
  fallback: null,
  version: 1,
});

/** 32 hex digits from the browser's cryptographic random source. */
export function randomPseudonym(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored pseudonym, made and stored on first use (or when what is stored is not one). */
export async function installPseudonym(): Promise<string> {
  const stored = await pseudonymItem.getValue();
  if (typeof stored === 'string' && PSEUDONYM.test(stored)) return stored;
  const fresh = randomPseudonym();
  await pseudonymItem.setValue(fresh);
  return fresh;
}
