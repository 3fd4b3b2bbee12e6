import { pageBridgeScript } from '@/src/content/scripts';
import { metaai } from '@/src/sites/metaai';

export default pageBridgeScript(metaai);
