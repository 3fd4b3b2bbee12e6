/**
 * Meta AI gateway frames for the tests, built with the layout in SOURCE.txt (type, u16 sub-session,
 * u24 body length; a message then has a sequence byte, the flag 0x80 and a JSON body whose `payload`
 * is a base64 protobuf). The protobuf holds the fields the captured payloads of public clients show,
 * with made-up values; it is synthetic, not a capture.
 */

/** The socket URL as the page opens it; the token is made up (the real one is a session secret). */
export const SOCKET_URL =
  'wss://gateway.meta.ai/ws/clippy?x-dgw-appid=1522763855472543&x-dgw-version=5&Authorization=ecto1:made-up-token&x-dgw-app-origin=meta.ai';

const CONVERSATION = '6f2d1c3b-0a9e-4d8c-b7a6-5f4e3d2c1b0a';

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/** A length-delimited protobuf field. */
function field(number: number, value: string | number[]): number[] {
  const bytes = typeof value === 'string' ? [...new TextEncoder().encode(value)] : value;
  return [...varint(number * 8 + 2), ...varint(bytes.length), ...bytes];
}

/** A varint protobuf field. */
const number = (n: number, value: number): number[] => [...varint(n * 8), ...varint(value)];

/** The prompt protobuf: 1 = request (entry point, trigger, request id), 2 = the user message. */
export function promptPayload(o: { text: string; followUp?: boolean; attachment?: boolean }) {
  const entry = o.followUp
    ? 'KADABRA__CHAT__UNIFIED_INPUT_BAR'
    : 'KADABRA__HOME__UNIFIED_INPUT_BAR';
  const request = field(1, [
    ...field(1, entry),
    ...field(7, 'HUMAN_AGENT'),
    ...field(14, 'user_input'),
  ]);
  const ids = field(2, [...field(1, CONVERSATION), ...number(2, 1_790_000_000_000)]);
  const message = [
    ...field(1, [...field(1, crypto.randomUUID()), ...ids]),
    ...(o.text ? field(2, o.text) : []),
    ...(o.attachment ? field(3, [...field(1, 'media-1'), ...field(2, 'image/png')]) : []),
    ...field(4, field(1, o.followUp ? '2' : '0')),
  ];
  return btoa(
    String.fromCharCode(...request, ...field(6, crypto.randomUUID()), ...field(2, message)),
  );
}

function frame(type: number, body: number[]): Uint8Array {
  const length = body.length;
  return new Uint8Array([type, 0, 0, length & 0xff, (length >> 8) & 0xff, length >> 16, ...body]);
}

/** A message frame (0x0d) carrying `payload`. */
export function dgwFrame(payload: string, sequence = 1, flag = 0x80): Uint8Array {
  const json = JSON.stringify({ 'req-id': crypto.randomUUID(), payload });
  return frame(0x0d, [sequence, flag, ...new TextEncoder().encode(json)]);
}

/** The intro frame (0x0f) that announces the conversation: no send. */
export function introFrame(): Uint8Array {
  const json = JSON.stringify({
    'x-dgw-app-x-ecto-conversation-id': CONVERSATION,
    'x-dgw-app-client-payload-type': 'PROTO_INSIDE_JSON',
  });
  return frame(0x0f, [...new TextEncoder().encode(json)]);
}
