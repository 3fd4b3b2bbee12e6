// Injected content-script size per page: for every site flow's pages, the bytes of every content_scripts
// `js` file the built manifest injects there. Reads each manifest generically (however the content
// scripts are split), so it works for one shared script and for per-site entrypoints alike.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFlows } from '../e2e/support/routes.mjs';
import { builtExtension } from '../e2e/support/paths.mjs';

export const TARGETS = ['chrome-mv3', 'firefox-mv3', 'firefox-mv2'];

/** A WebExtension match pattern (`https://*.example.com/path*`) as a RegExp over whole URLs. */
export function matchPatternRegExp(pattern) {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):\/\/.*/;
  const parsed = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parsed;
  const glob = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const schemePart = scheme === '*' ? 'https?' : scheme;
  const hostPart =
    host === '*'
      ? '[^/]*'
      : host.startsWith('*.')
        ? `([^/]*\\.)?${glob(host.slice(2))}`
        : glob(host);
  return new RegExp(`^${schemePart}://${hostPart}${glob(path)}$`);
}

const matchesAny = (patterns = [], url) => patterns.some((p) => matchPatternRegExp(p).test(url));

/** The content-script files `manifest` injects into `url`. */
export function injectedFiles(manifest, url) {
  const files = new Set();
  for (const entry of manifest.content_scripts ?? []) {
    if (matchesAny(entry.matches, url) && !matchesAny(entry.exclude_matches, url)) {
      for (const file of entry.js ?? []) files.add(file);
    }
  }
  return [...files];
}

/** The pages of a site flow that the e2e tests open (conversation, new chat, image page). */
const flowPages = (flow) =>
  [flow.conversationUrl, flow.newChatUrl, flow.pageUrl].filter((url) => typeof url === 'string');

/**
 * Per build target and site: the most bytes any of the site's pages gets injected, and which files.
 * Fails loudly when a site's page gets no content script at all (it would count nothing).
 */
export async function measureContentScripts() {
  const flows = await loadFlows();
  return TARGETS.map((target) => {
    const dir = builtExtension(target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const sites = flows.map((flow) => {
      const pages = flowPages(flow).map((url) => {
        const files = injectedFiles(manifest, url);
        const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
        return { url, files, bytes };
      });
      const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      if (largest.bytes === 0) throw new Error(`${target}: no content script on ${largest.url}`);
      return { site: flow.site, ...largest };
    });
    sites.sort((a, b) => a.site.localeCompare(b.site));
    return { target, sites, max: Math.max(...sites.map((s) => s.bytes)) };
  });
}
