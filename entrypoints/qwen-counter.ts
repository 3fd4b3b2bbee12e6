import { siteContentScript } from '@/src/content/scripts';
import { qwen } from '@/src/sites/qwen';

export default siteContentScript(qwen);
