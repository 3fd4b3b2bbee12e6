import { siteContentScript } from '@/src/content/scripts';
import { midjourney } from '@/src/sites/midjourney';

export default siteContentScript(midjourney);
