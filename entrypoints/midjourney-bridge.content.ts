import { pageBridgeScript } from '@/src/content/scripts';
import { midjourney } from '@/src/sites/midjourney';

export default pageBridgeScript(midjourney);
