// Reading the response headers that tell us how to behave next time.

/** Seconds from `Cache-Control: max-age=N` (s-maxage is for shared caches, not us). */
export function maxAgeFromCacheControl(value: string | null): number | null {
  if (!value) return null;
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)"?/i.exec(value);
  if (!m?.[1]) return null;
  const n = Number.parseInt(m[1], 10);
  return Number.isFinite(n) ? n : null;
}

/** Seconds from Retry-After, which is either delta-seconds or an HTTP-date; never negative. */
export function retryAfterSeconds(value: string | null, now: Date = new Date()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** "20 s", "0.5 s": the timeout as a person reads it. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
