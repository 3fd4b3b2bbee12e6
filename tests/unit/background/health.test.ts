import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { composerReports, recordComposerCheck, siteHealth } from '../../../src/storage/health';
import { composerReportsItem } from '../../../src/storage/items';
import { UNKNOWN_LABEL } from '../../../src/domain/model-mode';
import type { StoredEvent } from '../../../src/storage/schema';

beforeEach(() => fakeBrowser.reset());

const send = (at: number, sources: StoredEvent['sources']): StoredEvent => ({
  ...UNKNOWN_LABEL,
  id: String(at).padStart(32, '0'),
  site: 'chatgpt',
  kind: 'prompt',
  trigger: 'send',
  at,
  day: '2026-11-23',
  sources,
});

describe('detection health', () => {
  it('is fine when both signals see recent sends, or there are too few to judge', () => {
    expect(siteHealth([], undefined, true)).toEqual({ status: 'no-data' });
    expect(siteHealth([send(1, ['net']), send(2, ['net'])], undefined, true)).toEqual({
      status: 'ok',
    });
    expect(
      siteHealth(
        [1, 2, 3, 4].map((t) => send(t, ['dom', 'net'])),
        undefined,
        true,
      ),
    ).toEqual({ status: 'ok' });
  });

  it('says the page is not recognised when recent sends were seen only on the network', () => {
    const events = [
      send(1, ['dom', 'net']),
      send(10, ['net']),
      send(11, ['net']),
      send(12, ['net']),
      send(13, ['net']),
      send(14, ['net']),
    ];
    expect(siteHealth(events, undefined, true)).toEqual({
      status: 'page-not-recognised',
      since: 10,
    });
  });

  it('says the send request is not recognised when recent sends were seen only on the page', () => {
    const events = [5, 6, 7].map((t) => send(t, ['dom']));
    expect(siteHealth(events, undefined, true)).toEqual({
      status: 'network-not-recognised',
      since: 5,
    });
    expect(siteHealth(events, undefined, false)).toEqual({ status: 'ok' });
  });

  it('calls a site without sends recognised once it counted an image or a video', () => {
    const image = { ...send(1, ['dom']), kind: 'image' as const, trigger: 'image' as const };
    expect(siteHealth([image], undefined, true)).toEqual({ status: 'ok' });
  });

  it('ignores regenerates and images, which only one signal can see', () => {
    const events = [1, 2, 3].map((t) => ({ ...send(t, ['net']), trigger: 'regenerate' as const }));
    expect(siteHealth(events, undefined, true)).toEqual({ status: 'no-data' });
  });

  it('reports a missing composer from its first sighting until a page shows one again', async () => {
    await recordComposerCheck('claude', false, 100);
    await recordComposerCheck('claude', false, 200);
    expect(await composerReports()).toEqual({ claude: { missingSince: 100 } });
    expect(siteHealth([], (await composerReports()).claude, true)).toEqual({
      status: 'page-not-recognised',
      since: 100,
    });
    await recordComposerCheck('claude', true, 300);
    expect(await composerReports()).toEqual({});
  });

  it('treats a corrupt stored report as none', async () => {
    await composerReportsItem.setValue({ claude: 'broken' } as never);
    expect(await composerReports()).toEqual({});
  });
});
