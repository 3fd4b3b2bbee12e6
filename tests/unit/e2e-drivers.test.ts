import { describe, expect, it } from 'vitest';

// The e2e support modules are plain JavaScript; load them by path so TypeScript does not type them.
const support = (name: string) => `../e2e/support/${name}.mjs`;

describe('browser drivers of the e2e tests', () => {
  it.each(['chromium', 'firefox'])('%s exports every ExtensionDriver function', async (name) => {
    const { DRIVER_FUNCTIONS } = (await import(support('driver'))) as {
      DRIVER_FUNCTIONS: string[];
    };
    const driver = (await import(support(name))) as Record<string, unknown>;
    expect(DRIVER_FUNCTIONS.length).toBeGreaterThan(0);
    for (const fn of DRIVER_FUNCTIONS) expect(typeof driver[fn], fn).toBe('function');
  });
});
