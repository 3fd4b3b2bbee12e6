import { pageBridgeScript } from '@/src/content/scripts';
import { firefly } from '@/src/sites/firefly';

export default pageBridgeScript(firefly);
