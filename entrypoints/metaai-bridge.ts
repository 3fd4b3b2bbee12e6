import { pageBridgeScript } from '@/src/content/scripts';
import { installSocketBridge } from '@/src/detect/socket-bridge';
import { bridgeRules } from '@/src/sites/metaai';

export default pageBridgeScript(bridgeRules, { installSocketBridge });
