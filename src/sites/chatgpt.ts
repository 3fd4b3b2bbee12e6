import type { NetworkSignal, RequestBodyView, SiteAdapter } from '../domain/site';
import { attributeKey, containerKey, firstMessage, galleryIndexKey } from './keys';
import { openAiLabel } from './openai-slug';

/** ChatGPT request actions: `next` is a new or edited message, `variant`/`continue` ask again. */
function classifyConversationRequest(body: RequestBodyView): NetworkSignal | null {
  const json = body.json as { action?: unknown } | undefined;
  switch (json?.action) {
    case 'next':
      return { trigger: 'send', messageKey: firstMessage(json)?.id };
    case 'variant':
    case 'continue':
      return { trigger: 'regenerate' };
    default:
      return null;
  }
}

/**
 * chatgpt.com, see docs/sites.md#chatgpt. Three turn layouts are live in 2026: `article`/`section` turns with a
 * user `[data-message-id]` (≤ 2026-08) and `div[data-turn-key]` holding prompt and answer (2026-09).
 * Both keys are the client-generated user message id that the send request also carries.
 */
export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  matches: ['https://chatgpt.com/*'],
  composer: '#prompt-textarea, textarea[name="prompt-textarea"]',
  sendButton: '#composer-submit-button[data-testid="send-button"], [data-testid="send-button"]',
  userTurn: {
    selector: '[data-message-author-role="user"][data-message-id], [data-turn-key]',
    key: (turn) => attributeKey(turn, 'data-message-id') ?? attributeKey(turn, 'data-turn-key'),
    keyIsMessageId: true,
  },
  // `/`, `/?temporary-chat=true` and a GPT's start page `/g/<gizmo>`.
  newChatPath: /^\/(g\/[^/]+\/?)?$/,
  generatedImage: {
    // 2026-09-22: div#image-<uuid> with three <img> of one src; 2026-09-26: gallery previews (blob:).
    selector: 'div[id^="image-"] img, [data-testid="generated-image-preview"] img',
    key: (img) =>
      containerKey(img, 'div[id^="image-"]') ??
      galleryIndexKey(
        img,
        'data-chatgpt-search-message-ids',
        '[data-testid="generated-image-preview"]',
      ),
    exclude: '[data-message-author-role="user"], [data-chatgpt-search-unit-key$=":user"]',
  },
  // Until 2026-08 each finished answer names the model that answered (`auto` routes some sends to a
  // thinking model); the 2026-09 turns show none, so there the request's label stays.
  answer: {
    selector: '[data-message-author-role="assistant"][data-message-model-slug]',
    streaming: '[data-testid="stop-button"]',
    label: (answer) => {
      const label = openAiLabel(answer.getAttribute('data-message-model-slug') ?? '');
      return label.model === 'unknown' && label.mode === 'unknown' ? null : label;
    },
  },
  network: [
    {
      urls: ['https://chatgpt.com/backend-api/*', 'https://chatgpt.com/backend-anon/*'],
      path: /^\/backend-(api|anon)\/(f\/)?conversation$/,
      classify: classifyConversationRequest,
    },
  ],
};
