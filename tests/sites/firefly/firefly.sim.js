// Test double of firefly.adobe.com (docs/sites.md#adobe-firefly): Generate posts {modelId, n: 2, prompt, …} to
// https://firefly-3p.ff.adobe.io/v2/3p-images/generate-async (cross-origin); the page shows n images.
installImageSiteDouble({
  composer: SITE_FLOW.composer,
  generate: '[data-testid="generate-button"]',
  request: (_kind, prompt) => ({
    url: 'https://firefly-3p.ff.adobe.io/v2/3p-images/generate-async',
    body: JSON.stringify({
      modelId: 'gpt-image',
      n: 2,
      prompt,
      size: { width: 1024, height: 1024 },
      generationMetadata: { module: 'text2image', submodule: 'ff-image-generate' },
    }),
  }),
  rendered: (response) => (response.links?.result ? 2 : 0),
});
