import { z } from 'zod';

/**
 * Normalised model families: a closed list, so that nothing a page or a request body holds is ever
 * stored as free text. A site's classifier maps its own model ids onto these, or onto `unknown`.
 */
export const MODEL_FAMILIES = [
  'gpt-5',
  'gpt-4o',
  'gpt-4.1',
  'o3',
  'o4-mini',
  'claude-sonnet',
  'claude-opus',
  'claude-haiku',
  'gemini-pro',
  'gemini-flash',
  'deepseek-v3',
  'deepseek-r1',
  'grok-4',
  'grok-3',
  'sonar',
  'mistral-large',
  'mistral-medium',
  'magistral',
  'qwen3',
  'unknown',
] as const;
export type ModelFamily = (typeof MODEL_FAMILIES)[number];

/** How hard the model worked on a send: an ordinary answer, a thinking answer, a research run. */
export const MODES = ['standard', 'reasoning', 'deep-research', 'unknown'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Where a label came from, weakest first: nothing, the send request (the model asked for), the page's
 * finished answer (the model that answered, which wins: ChatGPT's `auto` routes some sends to a
 * thinking model). A stored label is replaced only by a stronger one, so it changes at most twice.
 */
export const LABEL_SOURCES = ['none', 'request', 'answer'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** The model family and mode of one send, and where that was read. */
export interface SendLabel {
  model: ModelFamily;
  mode: Mode;
  labelFrom: LabelSource;
}

export const UNKNOWN_LABEL: SendLabel = { model: 'unknown', mode: 'unknown', labelFrom: 'none' };

/** The label fields as a message or export carries them (each optional in a message). */
export const sendLabelShape = {
  model: z.enum(MODEL_FAMILIES),
  mode: z.enum(MODES),
  labelFrom: z.enum(LABEL_SOURCES),
};

/** Whether `next` should replace `current`: only a stronger source does, so a re-render is a no-op. */
export function labelWins(current: LabelSource, next: LabelSource): boolean {
  return LABEL_SOURCES.indexOf(next) > LABEL_SOURCES.indexOf(current);
}

/** Reasoning and deep research: the sends the popup counts as "thinking". */
export function isReasoningMode(mode: Mode): boolean {
  return mode === 'reasoning' || mode === 'deep-research';
}
