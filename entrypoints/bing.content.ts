import { siteContentScript } from '@/src/content/scripts';
import { bing } from '@/src/sites/bing';

export default siteContentScript(bing);
