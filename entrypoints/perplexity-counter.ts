import { siteContentScript } from '@/src/content/scripts';
import { perplexity } from '@/src/sites/perplexity';

export default siteContentScript(perplexity);
