import { siteContentScript } from '@/src/content/scripts';
import { metaai } from '@/src/sites/metaai';

export default siteContentScript(metaai);
