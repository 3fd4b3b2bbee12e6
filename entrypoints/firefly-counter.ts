import { siteContentScript } from '@/src/content/scripts';
import { firefly } from '@/src/sites/firefly';

export default siteContentScript(firefly);
