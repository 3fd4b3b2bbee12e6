import { siteContentScript } from '@/src/content/scripts';
import { mistral } from '@/src/sites/mistral';

export default siteContentScript(mistral);
