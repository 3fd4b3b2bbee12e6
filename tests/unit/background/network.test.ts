import { describe, expect, it, vi } from 'vitest';
import {
  createSendObserver,
  readRequestBody,
  sendRequestFilters,
  type SendRequestDetails,
} from '../../../src/background/network';
import { promptKey } from '../../../src/domain/event-id';
import { fixedEventIds } from '../helpers/ids';
import { observeSend as observe } from '../helpers/network';

const bytes = (value: unknown) => ({
  raw: [{ bytes: new TextEncoder().encode(JSON.stringify(value)).buffer }],
});

function request(overrides: Partial<SendRequestDetails> & { body?: unknown }): SendRequestDetails {
  const { body, ...rest } = overrides;
  return {
    requestId: '42',
    url: 'https://chatgpt.com/backend-api/f/conversation',
    method: 'POST',
    tabId: 3,
    timeStamp: 1_790_000_000_000.4,
    initiator: 'https://chatgpt.com',
    requestBody: bytes(
      body ?? { action: 'next', messages: [{ id: 'msg-1', author: { role: 'user' } }] },
    ),
    ...rest,
  };
}

describe('network confirmation of ChatGPT sends', () => {
  it('filters only the registered send endpoints', () => {
    const filters = sendRequestFilters();
    expect(filters).toContain('https://chatgpt.com/backend-api/*');
    expect(filters).toContain('https://chatgpt.com/backend-anon/*');
    expect(filters.every((f) => /^https:\/\/[a-z0-9.-]+\/\S*\*$/.test(f))).toBe(true);
  });

  it('counts action "next" under the same id the page derives from the message id', async () => {
    const [event] = await observe(request({}));
    expect(event).toEqual({
      id: await fixedEventIds().idFor('chatgpt', promptKey('msg-1')),
      site: 'chatgpt',
      kind: 'prompt',
      trigger: 'send',
      at: 1_790_000_000_000,
      source: 'net',
      // No model in this body: the request says nothing, and says so as a request label.
      model: 'unknown',
      mode: 'unknown',
      labelFrom: 'request',
    });
  });

  it('carries the model and mode the request body names, and nothing of the prompt', async () => {
    const [event] = await observe(
      request({
        body: {
          action: 'next',
          model: 'gpt-5-5-thinking',
          thinking_effort: 'extended',
          messages: [{ id: 'msg-2', author: { role: 'user' }, content: { parts: ['secret'] } }],
        },
      }),
    );
    expect(event).toMatchObject({ model: 'gpt-5', mode: 'reasoning', labelFrom: 'request' });
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it.each([
    '/backend-api/conversation',
    '/backend-anon/f/conversation',
    '/backend-anon/conversation',
  ])('counts the older and anonymous endpoint %s', async (path) => {
    expect(await observe(request({ url: `https://chatgpt.com${path}` }))).toHaveLength(1);
  });

  it('counts "variant" and "continue" as regenerate, each request once', async () => {
    const first = await observe(
      request({ body: { action: 'variant', messages: [{ id: 'msg-1' }] } }),
    );
    const second = await observe(request({ requestId: '43', body: { action: 'continue' } }));
    expect(first[0]?.trigger).toBe('regenerate');
    expect(second[0]?.trigger).toBe('regenerate');
    expect(first[0]?.id).not.toBe(second[0]?.id);
  });

  it.each([
    ['a refused send (429)', request({}), 429],
    ['a GET of an old conversation', request({ method: 'GET' }), 200],
    [
      'the prepare call',
      request({ url: 'https://chatgpt.com/backend-api/f/conversation/prepare' }),
      200,
    ],
    ['an unknown action', request({ body: { action: 'something-new' } }), 200],
    [
      'an unreadable body',
      request({ requestBody: { raw: [{ bytes: new TextEncoder().encode('{').buffer }] } }),
      200,
    ],
    ['a request from no tab', request({ tabId: -1 }), 200],
    ['a request made by another site', request({ initiator: 'https://evil.example' }), 200],
  ] as const)('ignores %s', async (_, details, status) => {
    expect(await observe(details, status)).toEqual([]);
  });

  it('accepts Firefox documentUrl and forgets failed requests', async () => {
    const details = request({ initiator: undefined, documentUrl: 'https://chatgpt.com/c/abc' });
    expect(await observe(details)).toHaveLength(1);
    const store = vi.fn(async () => {});
    const observer = createSendObserver(store, fixedEventIds());
    observer.onBeforeRequest(details);
    observer.onErrorOccurred({ requestId: details.requestId });
    await observer.onResponseStarted({ requestId: details.requestId, statusCode: 200 });
    expect(store).not.toHaveBeenCalled();
  });

  it('accepts an origin-only initiator (Chrome) when it is an origin of the site, and no other', async () => {
    expect(await observe(request({ initiator: 'https://chatgpt.com' }))).toHaveLength(1);
    expect(await observe(request({ initiator: 'https://chatgpt.com.evil.example' }))).toEqual([]);
    expect(await observe(request({ initiator: undefined }))).toEqual([]);
  });

  it('reads form bodies without their binary parts', () => {
    expect(readRequestBody({ formData: { data: ['{"a":1}', new ArrayBuffer(2)] } })).toEqual({
      form: { data: ['{"a":1}'] },
    });
    expect(readRequestBody(null)).toEqual({});
  });
});
