import { chatgpt } from './chatgpt';
import { copilot } from './copilot';
import { grok } from './grok';
import { metaai } from './metaai';
import { poe } from './poe';
import { huggingchat } from './huggingchat';
import { mistral } from './mistral';
import { qwen } from './qwen';
import { deepseek } from './deepseek';
import { midjourney } from './midjourney';
import { leonardo } from './leonardo';
import { ideogram } from './ideogram';
import { firefly } from './firefly';
import { bing } from './bing';
import { claude } from './claude';
import { gemini } from './gemini';
import { perplexity } from './perplexity';
import type { SiteAdapter } from '../domain/site';

/** Every supported site. Adding a site = its adapter file, a line here, its fixture and tests. */
export const SITES = [
  chatgpt,
  grok,
  copilot,
  poe,
  metaai,
  huggingchat,
  mistral,
  qwen,
  deepseek,
  claude,
  gemini,
  perplexity,
  midjourney,
  leonardo,
  ideogram,
  firefly,
  bing,
] as const satisfies readonly SiteAdapter[];

/** Ids of all supported sites (the `site` field of stored events). */
export const SITE_IDS = SITES.map((site) => site.id) as [string, ...string[]];

/**
 * Host permissions: exactly the origins the registry needs (pages and their send endpoints). Image-job
 * APIs on other hosts (api.leonardo.ai, firefly-3p.ff.adobe.io) are read in the page world and need none.
 */
export function hostPermissions(): string[] {
  const patterns = SITES.flatMap((site) => [
    ...site.matches,
    ...(site.network ?? []).flatMap((rule) => rule.urls),
    ...(site.navigatedJob?.urls ?? []),
  ]);
  return [
    ...new Set(patterns.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'))),
  ];
}

/** Does a Chrome-style match pattern (`https://host/path*`) match `url`? */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const schemeOk =
    scheme === '*' ? /^https?:$/.test(parsed.protocol) : parsed.protocol === `${scheme}:`;
  const hostOk = host.startsWith('*.')
    ? parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1))
    : parsed.hostname === host;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return schemeOk && hostOk && pathRe.test(parsed.pathname + parsed.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The adapter whose pages include `url`, if any. */
export function siteForUrl(url: string): SiteAdapter | undefined {
  return SITES.find((site) => site.matches.some((pattern) => matchesPattern(pattern, url)));
}

/** The adapter with this id, if any. */
export function siteById(id: string): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}
