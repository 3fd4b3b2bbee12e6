import { JOB_CAPS } from '../../../src/domain/image-caps';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsPageBridge, siteContentScripts } from '../../../src/content/manifest';
import { pageBridgeScript } from '../../../src/content/scripts';
import { hostPermissions, SITES, siteForUrl } from '../../../src/sites/registry';
import type { BridgeReports, BridgeRules } from '../../../src/domain/site';
import { bridgeRulesOf } from '../helpers/bridge-rules';

const ROOT = join(__dirname, '../../..');
const has = (...parts: string[]) => existsSync(join(ROOT, ...parts));

/** What a bridge with these rules reports to its content script (undefined: the site has no bridge). */
function reportsOf({ socket, imageJobs }: BridgeRules): BridgeReports | undefined {
  if (!socket && !imageJobs) return undefined;
  const images = imageJobs?.some((rule) => rule.reports === 'finished')
    ? 'finished'
    : imageJobs?.length || socket?.some((rule) => rule.images)
      ? 'accepted'
      : undefined;
  return { ...(socket && { socketSends: true }), ...(images && { imageJobs: images }) };
}

describe('site registry', () => {
  it('has unique ids and names', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((s) => s.name)).size).toBe(SITES.length);
  });

  describe.each(SITES.map((site) => site.id))('%s', (id) => {
    it('has its adapter file and, in tests/sites/<id>/, a fixture with SOURCE.txt, a unit test, an e2e flow and its simulation', () => {
      expect(has('src/sites', `${id}.ts`), `src/sites/${id}.ts`).toBe(true);
      const dir = `tests/sites/${id}`;
      const files = has(dir) ? readdirSync(join(ROOT, dir)) : [];
      expect(
        files.some((f) => f.endsWith('.html')),
        `an .html fixture in ${dir}`,
      ).toBe(true);
      for (const file of ['SOURCE.txt', `${id}.test.ts`, `${id}.flow.mjs`, `${id}.sim.js`]) {
        expect(files, `${dir}/${file}`).toContain(file);
      }
    });

    it('has its own content script, and its page-world bridge exactly when it needs one', () => {
      const site = SITES.find((s) => s.id === id)!;
      expect(has('entrypoints', `${id}-counter.ts`), `entrypoints/${id}-counter.ts`).toBe(true);
      expect(has('entrypoints', `${id}-bridge.ts`), `entrypoints/${id}-bridge.ts`).toBe(
        needsPageBridge(site),
      );
    });

    it('declares on its adapter exactly what its bridge rules report', () => {
      const site = SITES.find((s) => s.id === id)!;
      expect(site.bridge).toEqual(reportsOf(bridgeRulesOf(site)));
    });
  });

  it("declares each site's counter, and its bridge in the page world before the site's scripts; a bridged site's counter also at document_start, to catch the bridge's port", () => {
    const entries = siteContentScripts();
    for (const site of SITES) {
      const own = entries.filter((e) => e.matches === site.matches);
      expect(own.map((e) => [e.js, e.run_at, e.world])).toEqual([
        ...(needsPageBridge(site) ? [[[`${site.id}-bridge.js`], 'document_start', 'MAIN']] : []),
        [
          [`${site.id}-counter.js`],
          needsPageBridge(site) ? 'document_start' : 'document_idle',
          undefined,
        ],
      ]);
    }
    expect(entries).toHaveLength(SITES.length + SITES.filter(needsPageBridge).length);
  });

  it('gives every site whose bridge reads image jobs its own caps per action (docs/sites.md)', () => {
    const bridged = SITES.filter((site) => site.bridge?.imageJobs).map((site) => site.id);
    expect(bridged.filter((id) => !(id in JOB_CAPS))).toEqual([]);
  });

  it('refuses to build a bridge whose entrypoint left out its installer', () => {
    expect(() => pageBridgeScript({ socket: [] }, {})).toThrow(/installSocketBridge/);
    expect(() => pageBridgeScript({ imageJobs: [] }, {})).toThrow(/installImageJobBridge/);
  });

  it('has no content script for a site that is not registered', () => {
    const ids = new Set(SITES.map((s) => s.id));
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((f) =>
      /-(counter|bridge)\.ts$/.test(f),
    );
    expect(scripts.length).toBeGreaterThanOrEqual(SITES.length);
    for (const script of scripts) {
      expect(ids, script).toContain(script.replace(/-(counter|bridge)\.ts$/, ''));
    }
  });

  it('asks for host permissions only on registered origins, never all URLs', () => {
    const permissions = hostPermissions();
    expect(permissions).toEqual([...new Set(permissions)]);
    for (const permission of permissions) {
      expect(permission).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    }
    expect(permissions).toContain('https://chatgpt.com/*');
  });

  it('reads image-job APIs on other hosts in the page world: no host permission for them', () => {
    const permissions = hostPermissions();
    expect(permissions).toEqual(
      expect.arrayContaining(['https://app.leonardo.ai/*', 'https://firefly.adobe.com/*']),
    );
    expect(permissions).not.toContain('https://api.leonardo.ai/*');
    expect(permissions).not.toContain('https://firefly-3p.ff.adobe.io/*');
    // Krea is not supported: its web app's generate request is unknown (tests/sites/krea/SOURCE.txt).
    expect(siteForUrl('https://www.krea.ai/image')).toBeUndefined();
  });

  it.each([
    ['https://chatgpt.com/c/abc', 'chatgpt'],
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chatgpt.com', 'chatgpt'],
    ['http://chatgpt.com/', undefined],
    ['https://chatgpt.com.evil.example/', undefined],
    ['https://evil.example/chatgpt.com/', undefined],
    ['not a url', undefined],
  ])('finds the site of %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });
});
