import { siteContentScript } from '@/src/content/scripts';
import { poe } from '@/src/sites/poe';

export default siteContentScript(poe);
