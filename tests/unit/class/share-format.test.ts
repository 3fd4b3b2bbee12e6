import { describe, expect, it } from 'vitest';
import {
  buildShare,
  checkShare,
  MAX_SHARE_CHARS,
  SHARE_FORMAT,
  shareFileName,
  shareJson,
  type ShareFile,
} from '../../../src/storage/class-share-file';

const PSEUDONYM = '0123456789abcdef0123456789abcdef';
// ISO week 2026-W49: Monday 30 November – Sunday 6 December 2026.
const share = (counts: ShareFile['counts'] = []): ShareFile => ({
  format: SHARE_FORMAT,
  version: 1,
  week: '2026-W49',
  pseudonym: PSEUDONYM,
  counts,
});
const row = (day: string, count = 3, site = 'chatgpt', kind: 'prompt' | 'image' = 'prompt') => ({
  day,
  site,
  kind,
  count,
});
const check = (value: unknown) => checkShare(JSON.stringify(value));
const errorOf = (value: unknown) => {
  const result = check(value);
  return result.ok ? 'ok' : result.error;
};

describe('share file schema', () => {
  it('accepts a week of counts and an empty week', () => {
    const file = share([row('2026-11-30'), row('2026-12-06', 2, 'gemini', 'image')]);
    expect(check(file)).toEqual({ ok: true, file });
    expect(check(share())).toEqual({ ok: true, file: share() });
  });

  it('names another format or version before any field', () => {
    expect(errorOf({ format: 'ai-footprint-export', version: 1, events: [] })).toBe(
      `format: not an ${SHARE_FORMAT} file`,
    );
    expect(errorOf({ ...share(), version: 2 })).toBe('version: unsupported version (expected 1)');
    expect(errorOf([])).toMatch(/^\(file\): not an ai-footprint-class-share file/);
    expect(errorOf('text')).toMatch(/^\(file\)/);
  });

  it('refuses broken JSON and files that are too large', () => {
    expect(checkShare('{"format": ')).toMatchObject({ ok: false, error: /^not JSON: / });
    expect(checkShare(' '.repeat(MAX_SHARE_CHARS + 1))).toMatchObject({
      ok: false,
      error: /too large/,
    });
  });

  it('refuses anything beyond the documented fields: ids, times, settings', () => {
    expect(errorOf({ ...share(), exportedAt: '2026-12-01T10:00:00Z' })).toMatch(
      /^\(file\): Unrecognized key: "exportedAt"/,
    );
    expect(errorOf(share([{ ...row('2026-11-30'), at: 1 } as never]))).toMatch(/^counts\[0\]/);
    expect(errorOf(share([{ ...row('2026-11-30'), id: 'x' } as never]))).toMatch(/^counts\[0\]/);
  });

  it('checks every field and says where', () => {
    expect(errorOf({ ...share(), week: '2026-49' })).toBe('week: not an ISO week (YYYY-Www)');
    expect(errorOf({ ...share(), week: '2026-W54' })).toBe('week: no such ISO week');
    expect(errorOf({ ...share(), pseudonym: 'anna' })).toBe(
      'pseudonym: not a pseudonym (32 hex digits)',
    );
    expect(errorOf(share([row('2026-12-07')]))).toBe('counts[0]: not a day of 2026-W49');
    expect(errorOf(share([row('2026-11-30'), row('2026-12-01', 1, 'evil.example')]))).toBe(
      'counts[1].site: unknown site',
    );
    expect(errorOf(share([row('2026-11-30', 0)]))).toMatch(/^counts\[0\]\.count: /);
    expect(errorOf(share([row('2026-11-30', 1.5)]))).toMatch(/^counts\[0\]\.count: /);
    expect(errorOf(share([row('2026-11-30', 10_001)]))).toMatch(/^counts\[0\]\.count: /);
    expect(errorOf(share([row('2026-11-30', 1, 'chatgpt', 'video' as never)]))).toMatch(
      /^counts\[0\]\.kind/,
    );
    expect(errorOf(share([row('2026-11-30'), row('2026-11-30', 5)]))).toBe(
      'counts[1]: appears twice in the file',
    );
  });

  it('counts more problems than the first', () => {
    expect(errorOf({ ...share(), pseudonym: 'x', week: 'y' })).toMatch(/\(and 1 more problems\)$/);
  });
});

describe('building a share', () => {
  it('keeps the ISO week’s rows with a count, sorted, and nothing else of them', () => {
    const rollups = [
      { ...row('2026-12-01', 2, 'gemini'), extra: 'dropped' },
      row('2026-11-29', 9), // the Sunday before: another ISO week
      row('2026-11-30', 0),
      row('2026-11-30', 4, 'chatgpt', 'image'),
      row('2026-11-30', 5),
    ];
    expect(buildShare('2026-W49', PSEUDONYM, rollups)).toEqual(
      share([
        row('2026-11-30', 4, 'chatgpt', 'image'),
        row('2026-11-30', 5),
        row('2026-12-01', 2, 'gemini'),
      ]),
    );
  });

  it('writes a file that checks, named after its week', () => {
    const file = buildShare('2026-W49', PSEUDONYM, [row('2026-12-02', 7)]);
    expect(checkShare(shareJson(file))).toEqual({ ok: true, file });
    expect(shareFileName(file.week)).toBe('ai-footprint-share-2026-W49.json');
    expect(() => buildShare('2026-W60', PSEUDONYM, [])).toThrow(/not an ISO week/);
  });
});
