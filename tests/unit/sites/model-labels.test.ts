import { describe, expect, it } from 'vitest';
import {
  chatgptLabel,
  claudeLabel,
  deepseekLabel,
  geminiLabel,
  grokLabel,
  mistralLabel,
  perplexityLabel,
  qwenLabel,
  REQUEST_LABELS,
} from '../../../src/sites/model-labels';
import { MODEL_FAMILIES, MODES } from '../../../src/domain/model-mode';
import { openAiLabel } from '../../../src/sites/openai-slug';

const json = (body: unknown) => ({ json: body });
const PROMPT = 'a prompt that must never come back';

// Each body below is the shape a public client sends (docs/sites.md, "Model and mode", names the
// repository, file and date of each); the prompt text is a stand-in.
describe('model and mode from the send request', () => {
  it('ChatGPT: model slug, system_hints and thinking_effort (xtekky/gpt4free OpenaiChat.py, 2026-08)', () => {
    const base = { action: 'next', messages: [{ id: 'm1', content: { parts: [PROMPT] } }] };
    expect(chatgptLabel(json({ ...base, model: 'gpt-4o' }))).toEqual({
      model: 'gpt-4o',
      mode: 'standard',
    });
    expect(
      chatgptLabel(json({ ...base, model: 'gpt-5-5-thinking', thinking_effort: 'extended' })),
    ).toEqual({
      model: 'gpt-5',
      mode: 'reasoning',
    });
    expect(chatgptLabel(json({ ...base, model: 'gpt-5-3-instant' }))).toEqual({
      model: 'gpt-5',
      mode: 'standard',
    });
    expect(chatgptLabel(json({ ...base, model: 'o3' }))).toEqual({
      model: 'o3',
      mode: 'reasoning',
    });
    expect(chatgptLabel(json({ ...base, model: 'o4-mini-high' }))).toEqual({
      model: 'o4-mini',
      mode: 'reasoning',
    });
    expect(chatgptLabel(json({ ...base, model: 'auto' }))).toEqual({
      model: 'unknown',
      mode: 'unknown',
    });
    expect(chatgptLabel(json({ ...base, model: 'auto', system_hints: ['reason'] }))).toEqual({
      model: 'unknown',
      mode: 'reasoning',
    });
    expect(
      chatgptLabel(
        json({
          ...base,
          model: 'gpt-5-5-pro',
          system_hints: ['connector:connector_openai_deep_research'],
        }),
      ),
    ).toEqual({ model: 'gpt-5', mode: 'deep-research' });
    expect(chatgptLabel(json({ ...base, model: 'research' }))).toEqual({
      model: 'unknown',
      mode: 'deep-research',
    });
  });

  it('ChatGPT answer slug (data-message-model-slug, captures 2026-01/02/07) wins over a requested auto', () => {
    expect(openAiLabel('gpt-5-thinking')).toEqual({ model: 'gpt-5', mode: 'reasoning' });
    expect(openAiLabel('gpt-5-2')).toEqual({ model: 'gpt-5', mode: 'standard' });
    expect(openAiLabel('gpt-4-1-mini')).toEqual({ model: 'gpt-4.1', mode: 'standard' });
    expect(openAiLabel('something-new')).toEqual({ model: 'unknown', mode: 'unknown' });
  });

  it('Claude: model, thinking_mode, paprika_mode (claude2api and an RPC client, 2026)', () => {
    expect(
      claudeLabel(json({ prompt: PROMPT, model: 'claude-sonnet-4-6', thinking_mode: 'off' })),
    ).toEqual({
      model: 'claude-sonnet',
      mode: 'standard',
    });
    expect(
      claudeLabel(json({ prompt: PROMPT, model: 'claude-opus-4-8', thinking_mode: 'extended' })),
    ).toEqual({
      model: 'claude-opus',
      mode: 'reasoning',
    });
    expect(
      claudeLabel(
        json({
          prompt: PROMPT,
          create_conversation_params: {
            model: 'claude-haiku-4-5-20251001',
            paprika_mode: 'extended',
          },
        }),
      ),
    ).toEqual({ model: 'claude-haiku', mode: 'reasoning' });
    expect(claudeLabel(json({ prompt: PROMPT }))).toEqual({ model: 'unknown', mode: 'unknown' });
  });

  it('Gemini: f.req inner array, index 79 model and 80 thinking (gpt4free Gemini.py, 2026-08)', () => {
    const freq = (model: number, thinking: number) => {
      const inner: unknown[] = [[PROMPT]];
      inner[79] = model;
      inner[80] = thinking;
      return { form: { 'f.req': [JSON.stringify([null, JSON.stringify(inner)])] } };
    };
    expect(geminiLabel(freq(3, 1))).toEqual({ model: 'gemini-pro', mode: 'standard' });
    expect(geminiLabel(freq(1, 2))).toEqual({ model: 'gemini-flash', mode: 'reasoning' });
    expect(geminiLabel({ form: { 'f.req': ['not json'] } })).toEqual({
      model: 'unknown',
      mode: 'unknown',
    });
  });

  it('DeepSeek: thinking_enabled (DeepThink) and model_type expert (gpt4free DeepSeek.py, 2026-08)', () => {
    expect(deepseekLabel(json({ prompt: PROMPT, thinking_enabled: true }))).toEqual({
      model: 'deepseek-r1',
      mode: 'reasoning',
    });
    expect(deepseekLabel(json({ prompt: PROMPT, thinking_enabled: false }))).toEqual({
      model: 'deepseek-v3',
      mode: 'standard',
    });
    expect(
      deepseekLabel(json({ prompt: PROMPT, thinking_enabled: false, model_type: 'expert' })),
    ).toEqual({
      model: 'deepseek-r1',
      mode: 'reasoning',
    });
  });

  it('Grok: modelName, modeId/modelMode, isReasoning, deepsearchPreset (2024–26 clients)', () => {
    expect(
      grokLabel(
        json({ message: PROMPT, modelName: 'grok-3', isReasoning: false, deepsearchPreset: '' }),
      ),
    ).toEqual({
      model: 'grok-3',
      mode: 'standard',
    });
    expect(
      grokLabel(json({ message: PROMPT, modelName: 'grok-4', modelMode: 'MODEL_MODE_EXPERT' })),
    ).toEqual({
      model: 'grok-4',
      mode: 'reasoning',
    });
    expect(
      grokLabel(json({ message: PROMPT, modelName: 'grok-3', deepsearchPreset: 'deeper' })),
    ).toEqual({
      model: 'grok-3',
      mode: 'deep-research',
    });
    expect(grokLabel(json({ message: PROMPT, modeId: 'fast' }))).toEqual({
      model: 'unknown',
      mode: 'standard',
    });
  });

  it('Perplexity: params.model_preference (gpt4free Perplexity.py, 2026-08)', () => {
    const ask = (pref: string) =>
      json({ query_str: PROMPT, params: { model_preference: pref, mode: 'copilot' } });
    expect(perplexityLabel(ask('pplx_alpha'))).toEqual({ model: 'unknown', mode: 'deep-research' });
    expect(perplexityLabel(ask('claude45sonnetthinking'))).toEqual({
      model: 'claude-sonnet',
      mode: 'reasoning',
    });
    expect(perplexityLabel(ask('turbo'))).toEqual({ model: 'sonar', mode: 'standard' });
    expect(perplexityLabel(ask('gpt5'))).toEqual({ model: 'gpt-5', mode: 'standard' });
  });

  it('Le Chat: model and features beta-reasoning (a 2026 client; low confidence)', () => {
    expect(
      mistralLabel(json({ messageInput: PROMPT, model: null, features: ['beta-websearch'] })),
    ).toEqual({
      model: 'unknown',
      mode: 'unknown',
    });
    expect(mistralLabel(json({ messageInput: PROMPT, features: ['beta-reasoning'] }))).toEqual({
      model: 'magistral',
      mode: 'reasoning',
    });
  });

  it('Qwen: model, chat_type deep_research, feature_config thinking (gpt4free Qwen.py, 2026-08)', () => {
    const send = (message: object) =>
      json({ model: 'qwen3.7-plus', messages: [{ content: PROMPT, ...message }] });
    expect(
      qwenLabel(
        send({
          chat_type: 't2t',
          feature_config: { thinking_enabled: true, thinking_mode: 'Thinking' },
        }),
      ),
    ).toEqual({
      model: 'qwen3',
      mode: 'reasoning',
    });
    expect(
      qwenLabel(send({ chat_type: 't2t', feature_config: { thinking_enabled: false } })),
    ).toEqual({
      model: 'qwen3',
      mode: 'standard',
    });
    expect(qwenLabel(send({ chat_type: 'deep_research' }))).toEqual({
      model: 'qwen3',
      mode: 'deep-research',
    });
  });

  it('never returns anything but the closed lists, and never the prompt', () => {
    const odd = [
      json(null),
      json([]),
      json({ model: PROMPT, modelName: PROMPT, params: { model_preference: PROMPT } }),
      {},
    ];
    for (const read of Object.values(REQUEST_LABELS)) {
      for (const body of odd) {
        const label = read(body);
        expect(MODEL_FAMILIES).toContain(label.model);
        expect(MODES).toContain(label.mode);
        expect(JSON.stringify(label)).not.toContain(PROMPT);
      }
    }
  });
});
