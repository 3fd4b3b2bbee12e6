import { createSendObserver, type SendRequestDetails } from '../../../src/background/network';
import { fixedEventIds } from './ids';
import type { UsageEvent } from '../../../src/domain/usage-event';

/** A webRequest body as Chrome reports a JSON (or any text) body. */
export function rawBody(body: unknown): SendRequestDetails['requestBody'] {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { raw: [{ bytes: new TextEncoder().encode(text).buffer }] };
}

/** A send request made by a page of the URL's own origin (Chrome's origin-only initiator). */
export function sendRequest(
  url: string,
  body: unknown,
  overrides: Partial<SendRequestDetails> = {},
): SendRequestDetails {
  return {
    requestId: '1',
    url,
    method: 'POST',
    tabId: 4,
    timeStamp: 1_790_000_000_000,
    initiator: new URL(url).origin,
    requestBody: rawBody(body),
    ...overrides,
  };
}

/** Runs one request through the background's send observer; returns what it would store. */
export async function observeSend(
  details: SendRequestDetails,
  statusCode = 200,
): Promise<UsageEvent[]> {
  const stored: UsageEvent[] = [];
  const observer = createSendObserver(async (event) => void stored.push(event), fixedEventIds());
  observer.onBeforeRequest(details);
  await observer.onResponseStarted({ requestId: details.requestId, statusCode });
  return stored;
}
