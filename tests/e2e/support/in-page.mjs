// Functions that run inside an extension page (passed to page.evaluate / $$eval by both drivers).

/** `data-testid` → numeric `data-value` of every figure element given. */
export function figureValues(elements) {
  return Object.fromEntries(
    elements.map((el) => [el.getAttribute('data-testid'), Number(el.getAttribute('data-value'))]),
  );
}

/** Every stored event in the extension's IndexedDB. */
export function readAllEvents() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ai-footprint');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('events').objectStore('events').getAll();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
    };
  });
}
