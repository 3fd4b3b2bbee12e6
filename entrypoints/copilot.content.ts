import { siteContentScript } from '@/src/content/scripts';
import { copilot } from '@/src/sites/copilot';

export default siteContentScript(copilot);
