// Hostile and malformed runtime messages for the background, from a seeded generator so a failure
// can be replayed. Shared by the unit fuzz test and the end-to-end one (which sends them to the real
// service worker), so both throw the same 1,000 messages at it.

const SITES = ['chatgpt', 'claude', 'evil', '', 'CHATGPT', '__proto__', 'constructor'];
const NOW = Date.UTC(2026, 10, 23, 12);

/** A small seeded PRNG (mulberry32): the same seed gives the same messages. */
function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The values a field can be given instead of a good one. */
function badValues(random) {
  const huge = 'x'.repeat(1 + Math.floor(random() * 1_000_000));
  return [
    undefined,
    null,
    true,
    0,
    -1,
    NaN,
    Infinity,
    2 ** 53,
    NOW + 86_400_000 * (1 + Math.floor(random() * 3650)),
    NOW - 86_400_000 * 400,
    '',
    huge,
    '<img src=x onerror=alert(1)>',
    'a'.repeat(31),
    'g'.repeat(32),
    [],
    [1, 2, 3],
    {},
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    new Date(NOW).toISOString(),
  ];
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A well-formed reported event (a site's key, no id), the starting point of most mutations. */
function goodEvent(random) {
  const image = random() < 0.3;
  return {
    key: `prompt:${Array.from({ length: 12 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('')}`,
    site: 'chatgpt',
    kind: image ? 'image' : 'prompt',
    trigger: image ? 'image' : 'send',
    at: NOW - 1000,
    source: 'dom',
  };
}

/**
 * One message that must be refused: a good `record-usage`, `report-composer`, `import-data` or
 * `reset-data` message with at least one field broken, a forbidden field added, or a wrong shape.
 */
function malformedMessage(random) {
  const bad = () => pick(random, badValues(random));
  const event = goodEvent(random);
  switch (Math.floor(random() * 9)) {
    case 0: {
      const field = pick(random, Object.keys(event));
      // Any short string is a key, so a key is broken by being no string, empty or too long.
      const value =
        field === 'key'
          ? pick(random, [
              undefined,
              null,
              0,
              '',
              'k'.repeat(2049 + Math.floor(random() * 1e6)),
              [],
            ])
          : bad();
      return { type: 'record-usage', event: { ...event, [field]: value } };
    }
    case 1: {
      // Texts must never be accepted, whatever they are called.
      const field = pick(random, ['prompt', 'text', 'answer', 'title', 'url', 'model', 'chars']);
      return { type: 'record-usage', event: { ...event, [field]: 'what the user typed' } };
    }
    case 2:
      return { type: 'record-usage', event: { ...event, site: pick(random, SITES.slice(2)) } };
    case 3:
      return {
        type: 'record-usage',
        event: { ...event, at: NOW + 3_600_000 + Math.floor(random() * 1e12) },
      };
    case 4:
      return JSON.parse(
        `{"type":"record-usage","event":${JSON.stringify(event)},"__proto__":{"isAdmin":true}}`,
      );
    case 5:
      return { type: pick(random, ['wipe', 'RECORD-USAGE', '', 'import', 'reset']), event };
    case 6:
      return { type: 'report-composer', site: pick(random, SITES.slice(2)), found: bad() };
    case 7:
      return pick(random, [
        null,
        undefined,
        42,
        'record-usage',
        [{ type: 'record-usage', event }],
        { event },
      ]);
    default:
      return { type: pick(random, ['import-data', 'reset-data']), text: bad(), extra: bad() };
  }
}

/** `count` malformed messages from `seed`. */
export function malformedMessages(count, seed = 20261203) {
  const random = randomSource(seed);
  return Array.from({ length: count }, () => malformedMessage(random));
}

/** The time the generated events pretend it is (their `at` fields are relative to it). */
export const FUZZ_NOW = NOW;
