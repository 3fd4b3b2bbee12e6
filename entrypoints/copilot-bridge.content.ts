import { pageBridgeScript } from '@/src/content/scripts';
import { copilot } from '@/src/sites/copilot';

export default pageBridgeScript(copilot);
