import type { NetworkSignal } from '../domain/site';

/**
 * Meta AI's chat socket (2026, tests/sites/metaai/SOURCE.txt): `wss://gateway.meta.ai/ws/clippy?…`.
 * Its URL carries the session token, so it is only ever tested against this pattern, never kept.
 */
export const META_SOCKET_URL = /^wss:\/\/gateway\.meta\.ai\/ws\/clippy(\?|$)/;

/** Frame type of a message on the gateway's framing; `0x0f` (the intro announcing a conversation) is none. */
const MESSAGE_FRAME = 0x0d;
/** The flag byte after a message frame's sequence byte. */
const MESSAGE_FLAG = 0x80;
/** Header bytes: type, u16 sub-session, u24 body length; a message body then has sequence and flag. */
const HEADER = 6;

/** The length-delimited fields of one protobuf message, by field number; null when it does not parse. */
function protoFields(bytes: Uint8Array): Map<number, Uint8Array[]> | null {
  const fields = new Map<number, Uint8Array[]>();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    // Values past 2^53 lose precision; only tags and lengths are used, and those are small.
    for (let shift = 0; shift < 70; shift += 7) {
      const byte = bytes[at++];
      if (byte === undefined) throw new RangeError('truncated');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('varint too long');
  };
  try {
    while (at < bytes.length) {
      const tag = varint();
      const wire = tag % 8;
      if (wire === 0) varint();
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else if (wire === 2) {
        const length = varint();
        if (at + length > bytes.length) return null;
        const list = fields.get(Math.floor(tag / 8)) ?? [];
        list.push(bytes.subarray(at, at + length));
        fields.set(Math.floor(tag / 8), list);
        at += length;
      } else return null;
    }
  } catch {
    return null;
  }
  return at === bytes.length ? fields : null;
}

/**
 * The JSON body of a gateway message, `{"req-id", "payload": "<base64 protobuf>"}`: a send when the
 * protobuf's message block (field 2) holds a prompt text (2.2) or an attachment (2.3). Field paths are
 * read from payloads captured from meta.ai by public API clients (SOURCE.txt, M). How a regenerate
 * looks is not shown anywhere, so nothing here says regenerate.
 */
export function classifyMetaSocketBody(body: unknown): NetworkSignal | null {
  const { payload, 'req-id': requestId } = (body ?? {}) as Record<string, unknown>;
  if (typeof payload !== 'string' || typeof requestId !== 'string') return null;
  let raw: string;
  try {
    raw = atob(payload);
  } catch {
    return null; // not base64
  }
  const message = protoFields(Uint8Array.from(raw, (c) => c.charCodeAt(0)))?.get(2)?.[0];
  const fields = message && protoFields(message);
  if (!fields) return null;
  const prompt = fields.get(2)?.[0];
  return (prompt && prompt.length > 0) || fields.has(3) ? { trigger: 'send' } : null;
}

/**
 * An outgoing binary frame: type `0x0d`, u16 sub-session, u24 body length (the rest of the frame), a
 * sequence byte, the flag `0x80`, then the JSON body. Anything else (the intro, unknown types) is null.
 */
export function classifyMetaSocketFrame(bytes: Uint8Array): NetworkSignal | null {
  const length = (bytes[3] ?? 0) | ((bytes[4] ?? 0) << 8) | ((bytes[5] ?? 0) << 16);
  if (bytes.length < HEADER + 2 || bytes[0] !== MESSAGE_FRAME) return null;
  if (length !== bytes.length - HEADER || bytes[HEADER + 1] !== MESSAGE_FLAG) return null;
  try {
    return classifyMetaSocketBody(JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER + 2))));
  } catch {
    return null; // a body that is no JSON
  }
}
