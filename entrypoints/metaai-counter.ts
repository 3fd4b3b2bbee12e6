import { siteContentScript } from '@/src/content/scripts';
import { listenToSocketBridge } from '@/src/detect/socket-bridge';
import { metaai } from '@/src/sites/metaai';

export default siteContentScript(metaai, { listenToSocketBridge });
