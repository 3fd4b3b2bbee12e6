import { pageBridgeScript } from '@/src/content/scripts';
import { grok } from '@/src/sites/grok';

export default pageBridgeScript(grok);
