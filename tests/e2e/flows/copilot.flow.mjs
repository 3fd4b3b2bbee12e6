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
  /**
   * Answers the chat socket the way Copilot does (SOURCE.txt: "connected" first; per "send" frame
   * startMessage, appendText, done). The runner calls it with the browser context, when it supports it.
   */
  async routeSockets(context) {
    await context.routeWebSocket(/^wss:\/\/copilot\.microsoft\.com\/c\/api\/chat/, (ws) => {
      ws.send(JSON.stringify({ event: 'connected' }));
      ws.onMessage((message) => {
        const frame = JSON.parse(String(message));
        if (frame.event !== 'send' && frame.event !== 'regenerate') return;
        const messageId = crypto.randomUUID().replace(/-/g, '').slice(0, 21);
        for (const event of [
          { event: 'startMessage', messageId },
          { event: 'appendText', messageId, partId: '0', text: 'Answer.' },
          { event: 'partCompleted', messageId, partId: '0' },
          { event: 'done', messageId },
        ])
          ws.send(JSON.stringify(event));
      });
    });
  },
};
