// Test double of app.leonardo.ai (docs/sites.md#leonardoai): Generate posts the GraphQL mutation `Generate` with
// parameters.quantity (the page's select, 4) to https://api.leonardo.ai/v1/graphql, cross-origin, then
// polls GetAIGenerationFeedStatuses for the new generation.
installImageSiteDouble({
  composer: SITE_FLOW.composer,
  generate: 'form[aria-label="Image generation"] button',
  request: (_kind, prompt) => ({
    url: 'https://api.leonardo.ai/v1/graphql',
    body: JSON.stringify({
      operationName: 'Generate',
      variables: {
        request: {
          model: 'nano-banana-2',
          public: false,
          parameters: {
            prompt,
            quantity: Number(document.querySelector('select[name="quantity"]').value),
            width: 1024,
            height: 1024,
          },
        },
      },
      query:
        'mutation Generate($request: CreateGenerationRequest!) { generate(request: $request) { generationId } }',
    }),
  }),
  jobId: (response) => response.data?.generate?.generationId,
  poll: (generationId) => ({
    url: 'https://api.leonardo.ai/v1/graphql',
    body: JSON.stringify({
      operationName: 'GetAIGenerationFeedStatuses',
      variables: { where: { id: { _in: [generationId] } } },
      query:
        'query GetAIGenerationFeedStatuses($where: generations_bool_exp = {}) { generations(where: $where) { id status } }',
    }),
  }),
  rendered: (response) =>
    response.data?.generate?.generationId
      ? Number(document.querySelector('select[name="quantity"]').value)
      : 0,
});
