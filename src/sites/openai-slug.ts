import type { ModelFamily, Mode } from '../domain/model-mode';

/**
 * The family and mode an OpenAI model slug names: ChatGPT's request `model`, or the finished answer's
 * `data-message-model-slug` (the model that answered). Apart from the request readers so that
 * ChatGPT's content script carries only this.
 */
export function openAiLabel(slug: string): { model: ModelFamily; mode: Mode } {
  const s = slug.toLowerCase();
  if (s === 'research' || s.includes('deep-research'))
    return { model: 'unknown', mode: 'deep-research' };
  if (/^o3/.test(s)) return { model: 'o3', mode: 'reasoning' };
  if (/^o4-mini/.test(s)) return { model: 'o4-mini', mode: 'reasoning' };
  if (/^o1/.test(s)) return { model: 'unknown', mode: 'reasoning' };
  const model: ModelFamily = /^gpt-5/.test(s)
    ? 'gpt-5'
    : /^gpt-4o/.test(s)
      ? 'gpt-4o'
      : /^gpt-4[-.]1/.test(s)
        ? 'gpt-4.1'
        : 'unknown';
  if (model === 'unknown') return { model: 'unknown', mode: 'unknown' };
  if (/thinking|-pro\b/.test(s)) return { model, mode: 'reasoning' };
  return { model, mode: 'standard' };
}
