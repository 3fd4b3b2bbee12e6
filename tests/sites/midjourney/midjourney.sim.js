// Test double of www.midjourney.com (docs/sites.md#midjourney): Enter in the prompt box posts /api/submit-jobs
// {t:"imagine", prompt, …}; the U1 control posts {t:"upscale", id, index, type}. The stub answers with
// meta.batch_size 4; an upscale renders one image.
(() => {
  let lastJob = null;
  installImageSiteDouble({
    composer: SITE_FLOW.composer,
    generate: null,
    upscale: true,
    request: (kind, prompt) => ({
      url: '/api/submit-jobs',
      body: JSON.stringify(
        kind === 'upscale'
          ? {
              t: 'upscale',
              id: lastJob,
              index: 0,
              type: 'v7_2x_subtle',
              channelId: 'singleplayer_u',
            }
          : {
              t: 'imagine',
              prompt,
              channelId: 'singleplayer_u',
              f: { mode: 'fast', private: false },
            },
      ),
    }),
    rendered(response, kind) {
      lastJob = response.success[0]?.job_id ?? lastJob;
      return kind === 'upscale' ? 1 : (response.success[0]?.meta?.batch_size ?? 0);
    },
  });
})();
