// Settings of many workers sharing one PostgreSQL store (README, "Scaling out"), with their
// defaults in one place: tests and tools build Configs by hand and leave them out.
import type { Config } from '../types.js';

/**
 * How long a worker's claim on a feed lives without renewal. Workers renew four times per lifetime
 * (at most every 15 s); a worker whose database connection is gone loses its claims at once, so
 * this only bounds the wait for a worker that hangs, or a machine that vanished without closing
 * its connection. Longer than the worst pause of a busy worker; short enough to keep a round.
 */
export const DEFAULT_CLAIM_SECONDS = 60;

export interface WorkersConfig {
  claimSeconds: number;
}

export const DEFAULT_WORKERS: WorkersConfig = { claimSeconds: DEFAULT_CLAIM_SECONDS };

/** A feed claim's lifetime in milliseconds. */
export function claimMsOf(config: Pick<Config, 'workers'>): number {
  return (config.workers?.claimSeconds ?? DEFAULT_CLAIM_SECONDS) * 1000;
}
