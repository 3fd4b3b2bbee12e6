import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const OUTPUT = join(ROOT, '.output');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/** The built extension for `target` (chrome-mv3, firefox-mv2, firefox-mv3); fails loudly when missing. */
export function builtExtension(target) {
  const dir = join(OUTPUT, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run "npm run build" first`);
  }
  return dir;
}

/** A captured page of a site, wrapped as a whole document that loads the site's test double. */
export function sitePage(site, fixture, config = {}) {
  const body = readFileSync(join(ROOT, 'tests/sites', site, fixture), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${site}</title></head><body>${body}
<script>window.__simConfig = ${JSON.stringify(config)};</script><script src="/__e2e/sim.js"></script></body></html>`;
}

/**
 * The test double of a site's page script: the flow's selectors and its `simData` (`SITE_FLOW`, so the
 * double draws the very composer and send button the flow drives and builds its requests on the data
 * its unit test reads), the shared core and tests/sites/<site>/<site>.sim.js.
 */
export function siteSimulator({ site, composer, sendButton, simData }) {
  const core = readFileSync(join(ROOT, 'tests/e2e/support/sim-core.js'), 'utf8');
  const own = readFileSync(join(ROOT, 'tests/sites', site, `${site}.sim.js`), 'utf8');
  const flow = JSON.stringify({ composer, sendButton, data: simData });
  return `const SITE_FLOW = ${flow};\n${core}\n${own}`;
}
