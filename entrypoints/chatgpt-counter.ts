import { siteContentScript } from '@/src/content/scripts';
import { chatgpt } from '@/src/sites/chatgpt';

export default siteContentScript(chatgpt);
