/** Before this, a number is taken to count seconds, not milliseconds. */
const MILLISECONDS_FROM = 1e11;

/**
 * When a TechDocs site was built, in milliseconds since 1970, from its
 * metadata's `build_timestamp`. Publishers write it in milliseconds, but
 * other tools and older versions write seconds or a date string; anything
 * unreadable, or in the future, is no build time at all.
 */
export function buildTime(
  value: unknown,
  now: number = Date.now(),
): number | undefined {
  let time: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    time = value < MILLISECONDS_FROM ? value * 1000 : value;
  } else if (typeof value === 'string' && value.trim()) {
    const number = Number(value);
    time = Number.isFinite(number)
      ? buildTime(number, now)
      : Date.parse(value) || undefined;
  }
  // A day of clock skew between the publisher and the reader is fine.
  if (time === undefined || time > now + 86_400_000) return undefined;
  return time;
}
