// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { finishesByPoll, type BridgeRules, type SiteAdapter } from '../../../src/domain/site';
import { SITES } from '../../../src/sites/registry';
import { bridgeRulesOf } from '../helpers/bridge-rules';

/**
 * A site's scripts are data: each entrypoint file is what this test writes from the site's adapter
 * and bridge rules (`npx vitest run tests/unit/sites/entrypoints.test.ts -u` writes them). A helper
 * that only some sites need is imported exactly when the adapter's fields say so, so a page carries
 * no other site's code and a missing helper fails here, not on a live page.
 */
interface Helper {
  name: string;
  module: string;
}

const helper = (name: string, module: string): Helper => ({ name, module });

/** The page watchers the site's counter passes to `siteContentScript` (see PageExtras). */
function counterHelpers(site: SiteAdapter): Helper[] {
  return [
    ...(site.navigatedJob ? [helper('watchNavigatedJob', 'navigated-job')] : []),
    ...(site.bridge?.socketSends ? [helper('listenToSocketBridge', 'socket-bridge')] : []),
    ...(finishesByPoll(site) ? [helper('createFinishingJobCounter', 'finishing-jobs')] : []),
    ...(site.answer ? [helper('watchAnswerLabels', 'answer-labels')] : []),
  ];
}

/** The page-world installers the site's bridge passes to `pageBridgeScript` (see BridgeInstallers). */
function bridgeHelpers(rules: BridgeRules): Helper[] {
  return [
    ...(rules.socket ? [helper('installSocketBridge', 'socket-bridge')] : []),
    ...(rules.imageJobs ? [helper('installImageJobBridge', 'image-job-bridge')] : []),
  ];
}

/** An entrypoint's source: `define(<what>, { helpers })`. */
function entrypointSource(define: string, what: string, site: string, helpers: Helper[]): string {
  const imports = [
    `import { ${define} } from '@/src/content/scripts';`,
    ...helpers
      .sort((a, b) => a.module.localeCompare(b.module))
      .map(({ name, module }) => `import { ${name} } from '@/src/detect/${module}';`),
    `import { ${what} } from '@/src/sites/${site}';`,
  ];
  const args = helpers.length ? `, { ${helpers.map((h) => h.name).join(', ')} }` : '';
  return `${imports.join('\n')}\n\nexport default ${define}(${what}${args});\n`;
}

const counterSource = (site: SiteAdapter) =>
  entrypointSource('siteContentScript', site.id, site.id, counterHelpers(site));
const bridgeSource = (site: SiteAdapter) =>
  entrypointSource('pageBridgeScript', 'bridgeRules', site.id, bridgeHelpers(bridgeRulesOf(site)));

const entrypoints = import.meta.glob<{ default: { main(): void } }>(
  '../../../entrypoints/*-{counter,bridge}.ts',
);
const entrypoint = (file: string) => entrypoints[`../../../entrypoints/${file}`];

describe.each(SITES.map((site) => [site.id, site] as const))('%s entrypoints', (id, site) => {
  beforeAll(() => {
    vi.useFakeTimers();
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('has the counter its adapter calls for', async () => {
    await expect(counterSource(site)).toMatchFileSnapshot(`../../../entrypoints/${id}-counter.ts`);
  });

  it.runIf(site.bridge)('has the bridge its rules call for', async () => {
    await expect(bridgeSource(site)).toMatchFileSnapshot(`../../../entrypoints/${id}-bridge.ts`);
  });

  it("runs its counter's main() and, when it has one, its bridge's", async () => {
    const counter = await entrypoint(`${id}-counter.ts`)!();
    expect(() => counter.default.main()).not.toThrow();
    if (site.bridge) {
      const bridge = await entrypoint(`${id}-bridge.ts`)!();
      expect(() => bridge.default.main()).not.toThrow();
    }
    // The first site's import compiles the shared detection code: slow on a busy machine, not wrong.
  }, 30_000);
});
