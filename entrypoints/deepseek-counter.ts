import { siteContentScript } from '@/src/content/scripts';
import { deepseek } from '@/src/sites/deepseek';

export default siteContentScript(deepseek);
