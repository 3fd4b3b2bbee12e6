import { reply } from '../../e2e/support/routes.mjs';

/** poe.com in the e2e tests: the 2025-05 model page and the GraphQL endpoint. */
export default {
  site: 'poe',
  origins: ['https://poe.com'],
  fixture: 'poe.com-2025-05-model.html',
  conversationUrl: 'https://poe.com/chat/2x8wq1k3j9z',
  newChatUrl: 'https://poe.com/Assistant',
  composer: 'textarea[class*="GrowingTextArea_textArea"]',
  sendButton: 'button[data-button-send]',
  api(url, method, { sendStatus = 200 } = {}) {
    const { pathname } = new URL(url);
    if (pathname === '/api/gql_POST') {
      return sendStatus === 200
        ? reply(200, 'application/json', '{"data":{"messageEdgeCreate":{"status":"success"}}}')
        : reply(sendStatus, 'application/json', '{"errors":[{"message":"refused"}]}');
    }
    return null;
  },
};
