import chatgpt from '../../sites/chatgpt/chatgpt.flow.mjs';
import { siteResponse } from './routes.mjs';

/** What chatgpt.com answers in the tests (see tests/sites/chatgpt/chatgpt.flow.mjs); options: fixture, sendStatus, config. */
export function chatgptResponse(url, method, options = {}) {
  return siteResponse(chatgpt, url, method, options);
}
