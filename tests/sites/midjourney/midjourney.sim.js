// Test double of www.midjourney.com (docs/sites.md#midjourney): Enter in the prompt box posts /api/submit-jobs
// {t:"imagine", prompt, …}; the U1 control posts {t:"upscale", id, index, type}. The stub answers with
// meta.batch_size 4; an upscale renders one image. The animate control posts a video job of the last
// grid's image ({t:"video", videoType, newPrompt "--bs 1 …", parentJob}); `window.__e2eAnimate()` makes
// that request from a page script, `window.__e2eReplayVideo()` sends it again and asks the stub to answer
// with the same job id (a replay), as a click on animate does while `window.__e2eReplayOnClick` is set.
(() => {
  let lastJob = null;
  let lastVideoJob = null;
  const videoRequest = () => ({
    t: 'video',
    videoType: 'vid_1.1_i2v_480',
    newPrompt: '--bs 1 --motion low --video 1',
    parentJob: { job_id: lastJob, image_num: 0 },
    animateMode: 'auto',
    channelId: 'singleplayer_u',
    f: { mode: 'fast', private: false },
  });
  const animate = async (body) => {
    const response = await fetch('/api/submit-jobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const job = (await response.json()).success?.[0];
    if (!job) return;
    lastVideoJob = job.job_id;
    document
      .querySelector('[data-e2e="results"]')
      ?.insertAdjacentHTML('beforeend', '<video data-e2e="clip" width="256" height="256"></video>');
  };
  window.__e2eAnimate = () => animate(videoRequest());
  window.__e2eReplayVideo = () => animate({ ...videoRequest(), e2eReplayOf: lastVideoJob });
  document
    .querySelector('main')
    ?.insertAdjacentHTML('beforeend', '<button type="button" data-e2e="animate">Animate</button>');
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-e2e="animate"]')) return;
    if (window.__e2eReplayOnClick) void window.__e2eReplayVideo();
    else void animate(videoRequest());
  });
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
