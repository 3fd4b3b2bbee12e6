import type { ModelFamily, Mode } from '../domain/model-mode';
import type { RequestBodyView } from '../domain/site';
import { openAiLabel } from './openai-slug';

/**
 * Per-site readers of the model and mode a send asked for, from the send request's body (see
 * docs/sites.md, "Model and mode", for each field's public source, date and confidence). Each returns
 * only values of the closed lists in src/domain/model-mode.ts and keeps nothing else of the body: the
 * body holds the prompt, which is read by nobody here. Kept apart from the adapters so the content
 * scripts, which never see a body, do not carry them.
 */
export interface ModelLabel {
  model: ModelFamily;
  mode: Mode;
}

const UNKNOWN: ModelLabel = { model: 'unknown', mode: 'unknown' };

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** ChatGPT `/backend-api/f/conversation`: `model`, `system_hints`, `thinking_effort`. */
export function chatgptLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  const hints = strings(json.system_hints);
  const slug = str(json.model);
  if (hints.some((h) => h === 'research' || h.includes('deep_research'))) {
    return { model: slug === 'auto' ? 'unknown' : openAiLabel(slug).model, mode: 'deep-research' };
  }
  if (slug === 'auto' || slug === '') {
    // Routed by the server: the answer says what served it (the page's model slug).
    return { model: 'unknown', mode: hints.includes('reason') ? 'reasoning' : 'unknown' };
  }
  const label = openAiLabel(slug);
  if (/instant/.test(slug)) return { ...label, mode: 'standard' };
  if (label.mode === 'standard' && (hints.includes('reason') || str(json.thinking_effort))) {
    return { ...label, mode: 'reasoning' };
  }
  return label;
}

/** claude.ai `…/completion`: `model`, `thinking_mode`, `paprika_mode` (extended thinking). */
export function claudeLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  const create = obj(json.create_conversation_params);
  const slug = str(json.model) || str(create?.model);
  const model: ModelFamily = slug.includes('opus')
    ? 'claude-opus'
    : slug.includes('sonnet')
      ? 'claude-sonnet'
      : slug.includes('haiku')
        ? 'claude-haiku'
        : 'unknown';
  const thinking = str(json.thinking_mode);
  const paprika = str(json.paprika_mode) || str(create?.paprika_mode);
  const mode: Mode =
    thinking === 'extended' || paprika === 'extended'
      ? 'reasoning'
      : thinking === 'off'
        ? 'standard'
        : 'unknown';
  return { model, mode };
}

/**
 * Gemini `StreamGenerate`: form field `f.req` = `[null, "<inner JSON>"]`; in the inner array, index 79
 * is the model (1 Flash, 3 Pro, 6 Flash-Lite) and index 80 the thinking switch (2 on, 1 off).
 */
export function geminiLabel(body: RequestBodyView): ModelLabel {
  try {
    const outer = JSON.parse(body.form?.['f.req']?.[0] ?? '') as unknown;
    const inner = JSON.parse(str(Array.isArray(outer) ? outer[1] : undefined)) as unknown;
    if (!Array.isArray(inner)) return UNKNOWN;
    const model: ModelFamily =
      inner[79] === 3
        ? 'gemini-pro'
        : inner[79] === 1 || inner[79] === 6
          ? 'gemini-flash'
          : 'unknown';
    const mode: Mode = inner[80] === 2 ? 'reasoning' : inner[80] === 1 ? 'standard' : 'unknown';
    return { model, mode };
  } catch {
    return UNKNOWN;
  }
}

/** DeepSeek `/api/v0/chat/completion`: `thinking_enabled` (DeepThink), `model_type: "expert"`. */
export function deepseekLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  if (json.thinking_enabled === true || json.model_type === 'expert') {
    return { model: 'deepseek-r1', mode: 'reasoning' };
  }
  if (json.thinking_enabled === false) return { model: 'deepseek-v3', mode: 'standard' };
  return UNKNOWN;
}

/** Grok `conversations/new|…/responses`: `modelName`, `modeId`/`modelMode`, `isReasoning`, `deepsearchPreset`. */
export function grokLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  const name = str(json.modelName).toLowerCase();
  const model: ModelFamily = name.startsWith('grok-4')
    ? 'grok-4'
    : name.startsWith('grok-3')
      ? 'grok-3'
      : 'unknown';
  const modeId = (str(json.modeId) || str(json.modelMode)).toUpperCase();
  if (str(json.deepsearchPreset)) return { model, mode: 'deep-research' };
  if (
    json.isReasoning === true ||
    /EXPERT|HEAVY|THINKING/.test(modeId) ||
    name.includes('thinking')
  ) {
    return { model, mode: 'reasoning' };
  }
  if (/FAST/.test(modeId) || json.isReasoning === false) return { model, mode: 'standard' };
  return { model, mode: 'unknown' };
}

/** Perplexity `perplexity_ask`: `params.model_preference` (`pplx_alpha` = Research, `*thinking` …). */
export function perplexityLabel(body: RequestBodyView): ModelLabel {
  const pref = str(obj(obj(body.json)?.params)?.model_preference).toLowerCase();
  if (!pref) return UNKNOWN;
  if (pref === 'pplx_alpha' || pref === 'pplx_beta' || /_research$|_labs$/.test(pref)) {
    return { model: 'unknown', mode: 'deep-research' };
  }
  const model: ModelFamily = /^gpt5/.test(pref)
    ? 'gpt-5'
    : /opus/.test(pref)
      ? 'claude-opus'
      : /sonnet/.test(pref)
        ? 'claude-sonnet'
        : /^grok4/.test(pref)
          ? 'grok-4'
          : /^o3/.test(pref)
            ? 'o3'
            : pref === 'r1'
              ? 'deepseek-r1'
              : pref === 'experimental' || pref === 'turbo'
                ? 'sonar'
                : 'unknown';
  const reasoning = /thinking|reasoning/.test(pref) || model === 'o3' || model === 'deepseek-r1';
  return { model, mode: reasoning ? 'reasoning' : 'standard' };
}

/** Le Chat `/api/chat`: `model` (usually null) and `features` (`beta-reasoning` = Think, low confidence). */
export function mistralLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  const slug = str(json.model);
  const think = strings(json.features).includes('beta-reasoning');
  const model: ModelFamily = slug.startsWith('magistral')
    ? 'magistral'
    : slug.startsWith('mistral-large')
      ? 'mistral-large'
      : slug.startsWith('mistral-medium')
        ? 'mistral-medium'
        : think
          ? 'magistral'
          : 'unknown';
  return { model, mode: think || model === 'magistral' ? 'reasoning' : 'unknown' };
}

/** Qwen `/api/v2/chat/completions`: `model`, `messages[0].chat_type`, `feature_config.thinking_*`. */
export function qwenLabel(body: RequestBodyView): ModelLabel {
  const json = obj(body.json);
  if (!json) return UNKNOWN;
  const message = obj(Array.isArray(json.messages) ? json.messages[0] : undefined);
  const model: ModelFamily = /^qwen/.test(str(json.model)) ? 'qwen3' : 'unknown';
  if (str(message?.chat_type) === 'deep_research') return { model, mode: 'deep-research' };
  const config = obj(message?.feature_config);
  if (!config) return { model, mode: 'unknown' };
  const thinkingMode = str(config.thinking_mode);
  if (config.thinking_enabled === true && thinkingMode !== 'Fast' && thinkingMode !== 'Auto') {
    return { model, mode: 'reasoning' };
  }
  if (config.thinking_enabled === false || thinkingMode === 'Fast')
    return { model, mode: 'standard' };
  return { model, mode: 'unknown' };
}

/** The request-body reader of each site that has one; every other site's sends stay `unknown`. */
export const REQUEST_LABELS: Readonly<Record<string, (body: RequestBodyView) => ModelLabel>> = {
  chatgpt: chatgptLabel,
  claude: claudeLabel,
  gemini: geminiLabel,
  deepseek: deepseekLabel,
  grok: grokLabel,
  perplexity: perplexityLabel,
  mistral: mistralLabel,
  qwen: qwenLabel,
};
