import { siteContentScript } from '@/src/content/scripts';
import { watchNavigatedJob } from '@/src/detect/navigated-job';
import { bing } from '@/src/sites/bing';

export default siteContentScript(bing, { watchNavigatedJob });
