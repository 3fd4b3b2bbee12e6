import { siteContentScript } from '@/src/content/scripts';
import { leonardo } from '@/src/sites/leonardo';

export default siteContentScript(leonardo);
