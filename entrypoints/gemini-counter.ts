import { siteContentScript } from '@/src/content/scripts';
import { gemini } from '@/src/sites/gemini';

export default siteContentScript(gemini);
