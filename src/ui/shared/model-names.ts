import type { ModelFamily } from '../../domain/model-mode';

/** How the providers write their model families' names (the same in every language). */
const MODEL_NAMES: Record<Exclude<ModelFamily, 'unknown'>, string> = {
  'gpt-5': 'GPT-5',
  'gpt-4o': 'GPT-4o',
  'gpt-4.1': 'GPT-4.1',
  o3: 'o3',
  'o4-mini': 'o4-mini',
  'claude-sonnet': 'Claude Sonnet',
  'claude-opus': 'Claude Opus',
  'claude-haiku': 'Claude Haiku',
  'gemini-pro': 'Gemini Pro',
  'gemini-flash': 'Gemini Flash',
  'deepseek-v3': 'DeepSeek-V3',
  'deepseek-r1': 'DeepSeek-R1',
  'grok-4': 'Grok 4',
  'grok-3': 'Grok 3',
  sonar: 'Sonar',
  'mistral-large': 'Mistral Large',
  'mistral-medium': 'Mistral Medium',
  magistral: 'Magistral',
  qwen3: 'Qwen3',
};

/** A model family's name as its provider writes it; an id this version does not know as it is. */
export function modelName(family: string): string {
  return MODEL_NAMES[family as Exclude<ModelFamily, 'unknown'>] ?? family;
}
