import { siteContentScript } from '@/src/content/scripts';
import { huggingchat } from '@/src/sites/huggingchat';

export default siteContentScript(huggingchat);
