import { siteContentScript } from '@/src/content/scripts';
import { claude } from '@/src/sites/claude';

export default siteContentScript(claude);
