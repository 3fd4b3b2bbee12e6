// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bridgeRules } from '../../../src/sites/metaai';
import { classifyMetaSocketFrame } from '../../../src/sites/metaai-socket';
import { throughSocketBridge } from '../../unit/helpers/socket-bridge';
import { dgwFrame, introFrame, promptPayload, SOCKET_URL } from './dgw-frames';

describe('meta.ai socket frames', () => {
  it('a message frame whose protobuf holds a prompt is a send (new chat and follow-up)', () => {
    expect(
      classifyMetaSocketFrame(dgwFrame(promptPayload({ text: 'Name three colours.' }))),
    ).toEqual({ trigger: 'send' });
    expect(
      classifyMetaSocketFrame(
        dgwFrame(promptPayload({ text: 'And a fourth?', followUp: true }), 3),
      ),
    ).toEqual({ trigger: 'send' });
  });

  it('an image sent without text is a send too', () => {
    expect(
      classifyMetaSocketFrame(dgwFrame(promptPayload({ text: '', attachment: true }))),
    ).toEqual({ trigger: 'send' });
  });

  it('the intro, an empty prompt, a broken header and garbage are none', () => {
    expect(classifyMetaSocketFrame(introFrame())).toBeNull();
    expect(classifyMetaSocketFrame(dgwFrame(promptPayload({ text: '' })))).toBeNull();
    expect(classifyMetaSocketFrame(dgwFrame(promptPayload({ text: '' }), 0, 0x00))).toBeNull();
    const frame = dgwFrame(promptPayload({ text: 'hi' }));
    frame[3] = frame[3]! + 1; // body length no longer the rest of the frame
    expect(classifyMetaSocketFrame(frame)).toBeNull();
    expect(classifyMetaSocketFrame(new Uint8Array([0x0d, 0, 0, 2, 0, 0, 1, 0x80]))).toBeNull();
    expect(classifyMetaSocketFrame(new Uint8Array([]))).toBeNull();
  });

  it('a payload that is no protobuf is none', () => {
    const body = JSON.stringify({ 'req-id': 'r-1', payload: btoa('\u00ff\u00ff\u00ff') });
    const bytes = new TextEncoder().encode(body);
    const frame = new Uint8Array(8 + bytes.length);
    frame.set([0x0d, 0, 0, (bytes.length + 2) & 0xff, (bytes.length + 2) >> 8, 0, 1, 0x80]);
    frame.set(bytes, 8);
    expect(() => classifyMetaSocketFrame(frame)).not.toThrow();
    expect(classifyMetaSocketFrame(frame)).toBeNull();
  });
});

describe('meta.ai page-world socket bridge', () => {
  it('passes on "send" for binary prompt frames (buffer, typed array, Blob), never text or URL', async () => {
    const prompt = dgwFrame(promptPayload({ text: 'secret words' }));
    const { sent, posted } = await throughSocketBridge(bridgeRules.socket!, (send) => {
      const socket = { url: SOCKET_URL } as WebSocket;
      send(socket, introFrame().buffer);
      send(socket, prompt);
      send(socket, prompt.slice().buffer);
      send(socket, new Blob([new Uint8Array(prompt)]));
      send({ url: 'wss://gateway.meta.ai/ws/other' } as WebSocket, prompt);
    });
    expect(sent).toHaveLength(5); // every frame still reaches the socket
    expect(posted).toEqual(Array(3).fill({ socket: { trigger: 'send', messageKey: undefined } }));
    expect(JSON.stringify(posted)).not.toMatch(/secret|ecto1|gateway/);
  });
});
