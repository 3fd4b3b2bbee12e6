import { NO_USER_TURNS } from './image-jobs';
import type { SiteAdapter } from '../domain/site';

/** A result page: `/images/create/<prompt slug>/<generation id>`. */
const RESULT_PAGE = /^\/images\/create\/[^/]+\/([\w-]{8,200})\/?$/;

/**
 * The generation id a page URL carries: the result page's last segment, or the `id` parameter of the
 * post's redirect (`/images/create?q=…&rt=4&FORM=GENCRE&id=<id>`). The composer page and a refused
 * prompt's page carry none.
 */
function generationId(url: URL): string | null {
  const fromPath = RESULT_PAGE.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const id =
    url.pathname.replace(/\/$/, '') === '/images/create' ? url.searchParams.get('id') : null;
  return id && /^[\w-]{8,200}$/.test(id) ? id : null;
}

/** Which image an `<img>` shows: the `th.bing.com/th/id/<name>` part of its src, before `?w=…`. */
function imageName(img: HTMLImageElement): string | null {
  try {
    const { pathname } = new URL(img.src);
    return /^\/th\/id\/([\w.-]{4,200})$/.exec(pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * www.bing.com/images/create (Image Creator), see docs/sites.md#bing-image-creator and tests/sites/bing/SOURCE.txt.
 * Counts images only. Create is a form post that navigates the tab to the generation's result page,
 * which polls for its images: the background grants the tab one job when it sees the post succeed, and
 * the result page counts its loaded images, generation id + image name, with that grant. The recent
 * creations pane (`a.girr_set`) is history and never counts.
 */
export const bing: SiteAdapter = {
  id: 'bing',
  name: 'Bing Image Creator',
  matches: ['https://www.bing.com/images/create*'],
  composer: '#sb_form_q, textarea[name="q"]',
  sendButton: '#create_btn_c, #create_btn',
  userTurn: NO_USER_TURNS,
  navigatedJob: {
    urls: ['https://www.bing.com/images/create*'],
    path: /^\/images\/create\/?$/,
    jobKey: generationId,
    images: { selector: 'img.mimg, img.gir_mmimg', key: imageName, exclude: '.girr_set' },
  },
};
