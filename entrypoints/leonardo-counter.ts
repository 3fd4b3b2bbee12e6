import { siteContentScript } from '@/src/content/scripts';
import { createFinishingJobCounter } from '@/src/detect/finishing-jobs';
import { leonardo } from '@/src/sites/leonardo';

export default siteContentScript(leonardo, { createFinishingJobCounter });
