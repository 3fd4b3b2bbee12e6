import { pageBridgeScript } from '@/src/content/scripts';
import { installImageJobBridge } from '@/src/detect/image-job-bridge';
import { bridgeRules } from '@/src/sites/grok';

export default pageBridgeScript(bridgeRules, { installImageJobBridge });
