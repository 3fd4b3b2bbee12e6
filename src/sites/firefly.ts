import type { BridgeRules, ImageJob, SiteAdapter } from '../domain/site';
import { field, idOf, imageCount, job, NO_USER_TURNS } from './image-jobs';

/** The job of an async submit: the last path segment of its poll link (`links.result`, string or href). */
function pollJobKey(response: unknown): string | null {
  const result = field(field(response, 'links'), 'result');
  const href = idOf(result) ?? idOf(field(result, 'href'));
  if (!href) return null;
  try {
    return idOf(new URL(href, 'https://firefly-3p.ff.adobe.io/').pathname.split('/').pop());
  } catch {
    return null;
  }
}

/** A partner-model generate: `n` images (1 when absent). */
function readGenerate(request: unknown, response: unknown): ImageJob[] {
  return job(pollJobKey(response), imageCount(field(request, 'n'), 1));
}

/** A Topaz upsample: one new image. */
function readUpsample(_request: unknown, response: unknown): ImageJob[] {
  return job(pollJobKey(response), 1);
}

/**
 * firefly.adobe.com, see docs/sites.md#adobe-firefly and tests/sites/firefly/SOURCE.txt. Counts images only,
 * from the partner-model ("3P") API firefly-3p.ff.adobe.io read in the page world (cross-origin, no host
 * permission needed). Videos (`/v2/3p-videos/…`) and uploads (`/v2/storage/image`) match no rule. The
 * native Firefly models' endpoint is not known: their images are not counted yet. Result images are
 * blob: URLs minted afresh per render and never count. Counted when the job is accepted, not when its
 * poll returns `outputs`: the poll link's host is not evidenced (clients take it from `links.result` or
 * an `x-override-status-link` header), so a completion rule could silently count nothing.
 */
export const firefly: SiteAdapter = {
  id: 'firefly',
  name: 'Adobe Firefly',
  matches: ['https://firefly.adobe.com/*'],
  composer:
    'firefly-prompt[data-testid="prompt-bar-input"], [data-testid="prompt-bar-input"] textarea',
  sendButton: '[data-testid="generate-button"]',
  userTurn: NO_USER_TURNS,
  bridge: { imageJobs: 'accepted' },
};

/** What Adobe Firefly's page-world bridge reads (entrypoints/firefly-bridge.ts; see SiteAdapter.bridge). */
export const bridgeRules: BridgeRules = {
  imageJobs: [
    {
      url: /^https:\/\/firefly-3p\.ff\.adobe\.io\/v2\/3p-images\/generate-async(\?|$)/,
      read: readGenerate,
    },
    {
      url: /^https:\/\/firefly-3p\.ff\.adobe\.io\/v2\/3p-images\/upsample(\?|$)/,
      read: readUpsample,
    },
  ],
};
