import { siteContentScript } from '@/src/content/scripts';
import { createFinishingJobCounter } from '@/src/detect/finishing-jobs';
import { ideogram } from '@/src/sites/ideogram';

export default siteContentScript(ideogram, { createFinishingJobCounter });
