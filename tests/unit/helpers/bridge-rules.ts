/// <reference types="vite/client" />
import type { BridgeRules, SiteAdapter } from '../../../src/domain/site';

const bySiteModule = import.meta.glob<BridgeRules>('../../../src/sites/*.ts', {
  eager: true,
  import: 'bridgeRules',
});

/** The `bridgeRules` the module of a registered site exports ({} when it has no bridge). */
export function bridgeRulesOf(site: Pick<SiteAdapter, 'id'>): BridgeRules {
  return bySiteModule[`../../../src/sites/${site.id}.ts`] ?? {};
}
