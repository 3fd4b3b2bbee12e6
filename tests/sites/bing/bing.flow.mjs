import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../e2e/support/paths.mjs';
import { solidPng } from '../../e2e/support/png.mjs';
import { reply } from '../../e2e/support/routes.mjs';

const RESULTS = readFileSync(join(ROOT, 'tests/sites/bing/async-results-model.html'), 'utf8');
const IMAGE = solidPng(256);
const redirect = (location) => ({ ...reply(302, 'text/html', ''), headers: { location } });
let jobs = 0;

/**
 * www.bing.com/images/create in the e2e tests (SOURCE.txt): Create posts the form; the stub accepts it
 * with a 302 naming a fresh generation id, which leads on to the result page; the result page's poll
 * answers the four-image model (image names made unique per job); th.bing.com serves every image.
 */
export default {
  kind: 'image-page',
  site: 'bing',
  origins: ['https://www.bing.com', 'https://th.bing.com'],
  fixture: 'www.bing.com-images-create-result-model.html',
  pageUrl: 'https://www.bing.com/images/create',
  composer: '#sb_form_q',
  generate: '#create_btn_c',
  images: 4,
  /** A prompt holding it is refused. */
  refusedWord: 'blocked',
  /** The old result page the model's recent-creations pane links to first. */
  oldResultPath:
    '/images/create/a-lighthouse-at-dusk-watercolor/1-00aa11bb22cc33dd44ee55ff66778899',
  api(url, method) {
    const { hostname, pathname, searchParams } = new URL(url);
    if (hostname === 'th.bing.com') return reply(200, 'image/png', IMAGE);
    if (pathname === '/images/create' && method === 'POST') {
      // A refused prompt: the create page again, with the reason and no job.
      if (searchParams.get('q')?.includes(this.refusedWord)) return null;
      const id = `1-${(++jobs).toString(16).padStart(32, '0')}`;
      return redirect(`/images/create?q=${searchParams.get('q')}&rt=4&FORM=GENCRE&id=${id}&nfy=1`);
    }
    if (pathname === '/images/create' && searchParams.has('id')) {
      const slug = (searchParams.get('q') ?? 'image').replace(/\W+/g, '-').toLowerCase();
      return redirect(`/images/create/${slug}/${searchParams.get('id')}?FORM=GUH2CR`);
    }
    const poll = /^\/images\/create\/async\/results\/([\w-]+)$/.exec(pathname);
    if (poll)
      return reply(200, 'text/html', RESULTS.replaceAll('OIG2.Rb', `OIG2.${poll[1].slice(-6)}`));
    return null;
  },
};
