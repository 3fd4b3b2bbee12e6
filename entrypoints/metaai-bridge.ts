import { pageBridgeScript } from '@/src/content/scripts';
import { installImageJobBridge } from '@/src/detect/image-job-bridge';
import { installSocketBridge } from '@/src/detect/socket-bridge';
import { bridgeRules } from '@/src/sites/metaai';

export default pageBridgeScript(bridgeRules, { installImageJobBridge, installSocketBridge });
