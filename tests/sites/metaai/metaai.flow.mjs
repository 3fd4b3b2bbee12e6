import { asksForImages, reply } from '../../e2e/support/routes.mjs';

/** An image prompt's answer (graphql-imagine-stream-model.txt): snapshots until all four images have a uri. */
const imagineReply = () => {
  const id = `mid.${crypto.randomUUID()}`;
  const snapshot = (ready) => {
    const nodes = [0, 1, 2, 3].map((i) =>
      i < ready
        ? { id: `${id}-${i}`, uri: `https://scontent.xx.fbcdn.net/${id}-${i}.jpg` }
        : { id: `${id}-${i}` },
    );
    const edge = { node: { id, content: { imagine_media: { images: { nodes } } } } };
    return `data: ${JSON.stringify({ data: { xfb_imagine_send_message: { messages: { edges: [edge] } } } })}\n\n`;
  };
  return reply(200, 'text/event-stream', [0, 2, 4, 4].map(snapshot).join(''));
};

/** A streamed GraphQL answer (text/event-stream), or Meta AI refusing with `status`. */
const metaReply = (status = 200) =>
  status === 200
    ? reply(
        200,
        'text/event-stream',
        'data: {"data":{"sendMessageStream":{"__typename":"AssistantMessage"}}}\n\n',
      )
    : reply(status, 'application/json', '{"errors":[{"message":"refused"}]}');

/** www.meta.ai in the e2e tests: the 2026-04 model page and the same-origin GraphQL endpoint. */
export default {
  site: 'metaai',
  origins: ['https://www.meta.ai'],
  fixture: 'www.meta.ai-2026-04-model.html',
  conversationUrl: 'https://www.meta.ai/prompt/6f2d1c3b-0a9e-4d8c-b7a6-5f4e3d2c1b0a',
  newChatUrl: 'https://www.meta.ai/',
  composer: '[data-lexical-editor="true"]',
  sendButton: '[data-lexical-editor="true"] ~ [role="button"][aria-disabled]',
  // The stub answers an image prompt with four generated images (counted from the stream).
  imageTurn: { images: 4 },
  api(url, method, { sendStatus, body } = {}) {
    const { pathname } = new URL(url);
    if (/^\/api\/graphql\/?$/.test(pathname)) {
      if (method !== 'POST') return reply(404, 'application/json', '{}');
      return asksForImages(body) && !sendStatus ? imagineReply() : metaReply(sendStatus);
    }
    return null;
  },
};
