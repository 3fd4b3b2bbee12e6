import { IMAGE_PROMPT } from '../../e2e/support/routes.mjs';

/** The frames of an answer that draws one image (chat-socket-image-frames-model.json). */
const imageFrames = (messageId) => [
  { event: 'generatingImage', messageId, partId: '1', prompt: '[image prompt]' },
  { event: 'partialImageGenerated', messageId, partId: '1', content: '/9j/rough' },
  { event: 'partialImageGenerated', messageId, partId: '1', content: '/9j/sharper' },
  {
    event: 'imageGenerated',
    messageId,
    partId: '1',
    url: `https://copilot.microsoft.com/th/id/BCO.${messageId}.png`,
  },
  { event: 'partCompleted', messageId, partId: '1' },
];

/** copilot.microsoft.com in the e2e tests: the 2026-01 capture; prompts travel over the chat WebSocket. */
export default {
  site: 'copilot',
  origins: ['https://copilot.microsoft.com'],
  fixture: 'copilot.microsoft.com-2026-01.html',
  conversationUrl: 'https://copilot.microsoft.com/chats/H9b72gf9njaycWArRm1ts',
  newChatUrl: 'https://copilot.microsoft.com/',
  composer: 'textarea#userInput',
  sendButton: 'button[data-testid="submit-button"]',
  // No HTTP request carries a prompt (SOURCE.txt); every page path serves the captured page.
  api: () => null,
  // The socket answers an image prompt with one generated image.
  imageTurn: { images: 1 },
  /**
   * Answers the chat socket the way Copilot does (SOURCE.txt: "connected" first; per "send" frame
   * startMessage, appendText, done; an image prompt's answer draws an image before done). The runner calls it with the browser context, when it supports it.
   */
  async routeSockets(context) {
    await context.routeWebSocket(/^wss:\/\/copilot\.microsoft\.com\/c\/api\/chat/, (ws) => {
      ws.send(JSON.stringify({ event: 'connected' }));
      ws.onMessage((message) => {
        const frame = JSON.parse(String(message));
        if (frame.event !== 'send' && frame.event !== 'regenerate') return;
        const messageId = crypto.randomUUID().replace(/-/g, '').slice(0, 21);
        const draws = frame.content?.some((part) => part.text === IMAGE_PROMPT);
        for (const event of [
          { event: 'startMessage', messageId },
          { event: 'appendText', messageId, partId: '0', text: 'Answer.' },
          { event: 'partCompleted', messageId, partId: '0' },
          ...(draws ? imageFrames(messageId) : []),
          { event: 'done', messageId },
        ])
          ws.send(JSON.stringify(event));
      });
    });
  },
};
