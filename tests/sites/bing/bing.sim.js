// Test double of www.bing.com/images/create (docs/sites.md#bing-image-creator): Create (the button, or Enter in the prompt
// box) posts the create form, a full navigation; a result page /images/create/<slug>/<id> polls
// /images/create/async/results/<id> and inserts its answer. Old result pages behave the same.
(() => {
  const form = document.querySelector('#sb_form');
  const prompt = document.querySelector('#sb_form_q');
  const create = () => {
    const text = prompt.value.trim();
    if (!text) return;
    form.action = `/images/create?q=${encodeURIComponent(text)}&rt=4&FORM=GENCRE`;
    form.submit();
  };
  document.querySelector('#create_btn_c').addEventListener('click', (event) => {
    event.preventDefault();
    create();
  });
  prompt.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      create();
    }
  });
  const job = /^\/images\/create\/[^/]+\/([\w-]+)$/.exec(location.pathname)?.[1];
  if (job) {
    setTimeout(async () => {
      const answer = await fetch(`/images/create/async/results/${job}?q=x`);
      document.querySelector('#gir_async').innerHTML = await answer.text();
      document.querySelector('#giloader')?.remove();
    }, 300);
  }
})();
