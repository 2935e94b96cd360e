// When to poll a feed again and when to re-check an article's page. Pure: times in, times out.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Backoff never waits longer than this, so a feed that comes back is noticed within a day. */
export const MAX_BACKOFF_MS = 24 * HOUR;
export const BASE_BACKOFF_MS = 15 * MINUTE;

/**
 * After `failures` consecutive failures: exponential (15 min, 30 min, 1 h, …) capped at a day;
 * a server's Retry-After wins when it asks for longer (still capped).
 */
export function backoffUntil(now: Date, failures: number, retryAfterSeconds: number | null): Date {
  const exp = BASE_BACKOFF_MS * 2 ** Math.max(0, Math.min(failures - 1, 16));
  const asked = retryAfterSeconds !== null ? retryAfterSeconds * 1000 : 0;
  return new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, Math.max(exp, asked)));
}

/** After a success: Cache-Control max-age (capped at a day) says when the feed can change. */
export function freshUntil(now: Date, maxAgeSeconds: number | null): Date | null {
  if (maxAgeSeconds === null || maxAgeSeconds <= 0) return null;
  return new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, maxAgeSeconds * 1000));
}

export interface RecheckPolicy {
  recheckForDays: number;
  minRecheckMinutes: number;
}

/**
 * Whether an article's page is due for a re-check. Young articles change most, so the gap between
 * checks grows with age: a fifth of the article's age (the diffengine rule), never less than
 * `minRecheckMinutes`; `minRecheckMinutes: 0` re-checks on every run. Past `recheckForDays` after
 * it was first seen, never.
 */
export function recheckDue(
  a: { firstSeenAt: string; lastCheckedAt: string | null },
  now: Date,
  policy: RecheckPolicy,
): boolean {
  const firstSeen = Date.parse(a.firstSeenAt);
  const age = now.getTime() - firstSeen;
  if (age > policy.recheckForDays * 24 * HOUR) return false;
  if (policy.minRecheckMinutes === 0) return true;
  const last = a.lastCheckedAt ? Date.parse(a.lastCheckedAt) : firstSeen;
  const gap = Math.max(policy.minRecheckMinutes * MINUTE, age * 0.2);
  return now.getTime() - last >= gap;
}

/** The earliest first-seen time still inside the re-check window. */
export function recheckWindowStart(now: Date, policy: RecheckPolicy): string {
  return new Date(now.getTime() - policy.recheckForDays * 24 * HOUR).toISOString();
}
