import { SITES } from '../sites/registry';
import type { SiteAdapter } from '../domain/site';

/** Whether a site needs the page-world bridge: it sends over a WebSocket or its image jobs are read from responses. */
export function needsPageBridge(site: SiteAdapter): boolean {
  return site.bridge !== undefined;
}

/** One `content_scripts` entry of the manifest. */
export interface ContentScriptEntry {
  matches: string[];
  js: string[];
  run_at: 'document_start' | 'document_idle';
  world?: 'MAIN';
}

/**
 * The manifest's content scripts: each site's counter (`entrypoints/<id>-counter.ts`) on its own
 * pages, plus its page-world bridge (`entrypoints/<id>-bridge.ts`) when it needs one, which must run
 * before the site's own scripts. They are built as WXT unlisted scripts and declared here because a
 * WXT content script carries WXT's ContentScriptContext (3 KB per page, docs/design.md#targets allows 15 KB, 18 KB with a bridge),
 * which also posts a message naming the extension's id to the page on every load.
 */
export function siteContentScripts(sites: readonly SiteAdapter[] = SITES): ContentScriptEntry[] {
  return sites.flatMap((site): ContentScriptEntry[] => [
    ...(needsPageBridge(site)
      ? [
          {
            matches: site.matches,
            js: [`${site.id}-bridge.js`],
            run_at: 'document_start' as const,
            world: 'MAIN' as const,
          },
        ]
      : []),
    {
      matches: site.matches,
      js: [`${site.id}-counter.js`],
      // A bridged site's counter catches the bridge's private port before any page script runs.
      run_at: needsPageBridge(site) ? 'document_start' : 'document_idle',
    },
  ]);
}
