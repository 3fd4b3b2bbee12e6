import { pageBridgeScript } from '@/src/content/scripts';
import { leonardo } from '@/src/sites/leonardo';

export default pageBridgeScript(leonardo);
