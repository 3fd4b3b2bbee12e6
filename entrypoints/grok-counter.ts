import { siteContentScript } from '@/src/content/scripts';
import { grok } from '@/src/sites/grok';

export default siteContentScript(grok);
