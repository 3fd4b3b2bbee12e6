/**
 * A token bucket: `take()` is true while the bucket holds a token; it refills at `perMinute` tokens a
 * minute up to `burst`.
 */
export function createRateLimit(
  { burst, perMinute }: { burst: number; perMinute: number },
  now: () => number,
): { take(): boolean } {
  let tokens = burst;
  let at = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - at) * perMinute) / 60_000);
      at = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
