import { pageBridgeScript } from '@/src/content/scripts';
import { ideogram } from '@/src/sites/ideogram';

export default pageBridgeScript(ideogram);
