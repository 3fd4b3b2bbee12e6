// Test double of ideogram.ai (docs/sites.md#ideogram): the Generate button posts /api/images/sample
// {prompt, num_images, …} over XMLHttpRequest (exercising the bridge's XHR path); the page shows
// num_images images once the request succeeds and its retrieve-requests poll says it completed.
// The model page has no styles: give the empty editor a height so a person (and Playwright) can click it.
document.querySelector(SITE_FLOW.composer).style.minHeight = '2em';
installImageSiteDouble({
  composer: SITE_FLOW.composer,
  generate: '[data-testid="generate-button"]',
  xhr: true,
  request: (_kind, prompt) => ({
    url: '/api/images/sample',
    body: JSON.stringify({
      prompt,
      user_id: 'u',
      private: false,
      model_version: 'V_3_1',
      num_images: 4,
      resolution: { width: 1024, height: 1024 },
    }),
  }),
  jobId: (response) => response.request_id,
  poll: (requestId) => ({
    url: '/api/gallery/retrieve-requests',
    body: JSON.stringify({ request_ids: [requestId] }),
  }),
  rendered: (response) => (response.request_id ? 4 : 0),
});
