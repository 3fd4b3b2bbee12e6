import { siteContentScript } from '@/src/content/scripts';
import { listenToSocketBridge } from '@/src/detect/socket-bridge';
import { copilot } from '@/src/sites/copilot';

export default siteContentScript(copilot, { listenToSocketBridge });
