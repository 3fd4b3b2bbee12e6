import { siteContentScript } from '@/src/content/scripts';
import { ideogram } from '@/src/sites/ideogram';

export default siteContentScript(ideogram);
