// Test double of firefly.adobe.com (docs/sites.md#adobe-firefly): Generate posts {modelId, n: 2, prompt, …} to
// https://firefly-3p.ff.adobe.io/v2/3p-images/generate-async (cross-origin); the page shows n images.
// A video control posts a 4-second Seedance clip to …/v2/3p-videos/generate-async
// (3p-videos-generate-async-request-model.json); `window.__e2eGenerateVideo()` makes that request from a
// page script, without a gesture.
(() => {
  const generateVideo = () =>
    fetch('https://firefly-3p.ff.adobe.io/v2/3p-videos/generate-async', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        modelId: 'seedance',
        modelVersion: 'seedance_2.0_fast',
        size: { width: 864, height: 496 },
        seeds: [135790],
        prompt: 'a paper boat moving through rain',
        generateAudio: false,
        duration: 4,
        generationMetadata: { module: 'text2video', submodule: 'ff-video-generate' },
        generationSettings: { aspectRatio: '16:9' },
        output: { storeInputs: true },
      }),
    });
  window.__e2eGenerateVideo = generateVideo;
  document
    .querySelector('main')
    ?.insertAdjacentHTML(
      'beforeend',
      '<button type="button" data-e2e="generate-video">Generate video</button>',
    );
  document.addEventListener('click', (event) => {
    if (event.target.closest('[data-e2e="generate-video"]')) void generateVideo();
  });
})();
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
