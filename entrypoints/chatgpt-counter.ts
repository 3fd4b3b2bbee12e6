import { siteContentScript } from '@/src/content/scripts';
import { watchAnswerLabels } from '@/src/detect/answer-labels';
import { chatgpt } from '@/src/sites/chatgpt';

export default siteContentScript(chatgpt, { watchAnswerLabels });
