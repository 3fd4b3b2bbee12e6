import { describe, expect, it } from 'vitest';
import { promptKey } from '../../../src/domain/event-id';
import { createSendLedger } from '../../../src/detect/ledger';

function ledgerAt(start = 0) {
  let now = start;
  const ledger = createSendLedger({ now: () => now, pairWindowMs: 20_000, pageNonce: 'page' });
  return { ledger, advance: (ms: number) => (now += ms) };
}

describe('send ledger', () => {
  it('joins page and network on a shared message id, under the id the background derives', () => {
    const { ledger } = ledgerAt();
    expect(ledger.confirm({ source: 'dom', trigger: 'send', messageKey: 'm1' })).toBe(
      promptKey('m1'),
    );
    expect(ledger.confirm({ source: 'net', trigger: 'send', messageKey: 'm1' })).toBe(
      promptKey('m1'),
    );
  });

  it('pairs keyless confirmations of one send by time, in order, whichever comes first', () => {
    const { ledger, advance } = ledgerAt();
    const a = ledger.confirm({ source: 'dom', trigger: 'send', localKey: '/chat/1#4' });
    const b = ledger.confirm({ source: 'net', trigger: 'send' });
    advance(1000);
    const c = ledger.confirm({ source: 'net', trigger: 'send' });
    const d = ledger.confirm({ source: 'net', trigger: 'send' });
    const e = ledger.confirm({ source: 'dom', trigger: 'send', localKey: '/chat/1#5' });
    const f = ledger.confirm({ source: 'dom', trigger: 'send', localKey: '/chat/1#6' });
    expect(b).toBe(a);
    expect([e, f]).toEqual([c, d]);
    expect(new Set([a, c, d]).size).toBe(3);
  });

  it('never pairs two confirmations of one signal, or a send with a regenerate', () => {
    const { ledger } = ledgerAt();
    const sends = [
      ledger.confirm({ source: 'net', trigger: 'send' }),
      ledger.confirm({ source: 'net', trigger: 'send' }),
      ledger.confirm({ source: 'net', trigger: 'regenerate' }),
    ];
    expect(new Set(sends).size).toBe(3);
    expect(ledger.confirm({ source: 'dom', trigger: 'send', localKey: 'x' })).toBe(sends[0]);
  });

  it('counts a send seen by one signal only once the pairing window has passed', () => {
    const { ledger, advance } = ledgerAt();
    const first = ledger.confirm({ source: 'net', trigger: 'send' });
    advance(25_000);
    expect(ledger.confirm({ source: 'dom', trigger: 'send', localKey: 'late' })).not.toBe(first);
  });

  it('salts keys only the page knows, so a position reused by a later chat is a new send', () => {
    const one = ledgerAt().ledger.confirm({
      source: 'dom',
      trigger: 'send',
      localKey: '/Assistant#0',
    });
    const other = createSendLedger({ now: () => 0, pairWindowMs: 1, pageNonce: 'other-page' });
    expect(other.confirm({ source: 'dom', trigger: 'send', localKey: '/Assistant#0' })).not.toBe(
      one,
    );
  });
});
