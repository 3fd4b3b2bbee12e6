import { PSEUDONYM } from './class-share-file';
import { classPseudonymItem } from './items';

/** 32 hex digits (128 bits) from the browser's cryptographic random source, derived from nothing. */
export function randomPseudonym(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored pseudonym, made and stored on first use (or when what is stored is not one). */
export async function installPseudonym(): Promise<string> {
  const stored = await classPseudonymItem.getValue();
  if (typeof stored === 'string' && PSEUDONYM.test(stored)) return stored;
  const fresh = randomPseudonym();
  await classPseudonymItem.setValue(fresh);
  return fresh;
}
