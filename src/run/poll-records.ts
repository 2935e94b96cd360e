// The poll records of unchanged feeds, written together. An unchanged feed (a 304, or the body we
// processed last time) changes nothing in the store but its timestamps, its status and the next
// poll time; a transaction of its own for that (BEGIN, one UPDATE, COMMIT: a WAL append) was a
// third of a 304 re-poll's CPU (bench figure 2b). They are kept here and written in one
// transaction per BATCH feeds and at the end of the run.
//
// Nothing is lost on a crash that matters: a record is deferred only when the feed's stored state
// already says "polled fine" with these same validators, so a record that never reaches the store
// leaves a feed that looks polled at its previous time, with the right validators — the next run
// polls it, as it would have. A feed coming out of failures (its backoff to clear) or answering
// with new validators is written at once, as before.
import type { FeedState, PollOutcome } from '../store/index.js';
import type { Validators } from '../types.js';
import type { RunContext } from './context.js';
import { write } from './write.js';

/** Records per transaction: a crash forgets at most this many unchanged feeds' timestamps. */
const BATCH = 64;

export interface PollRecords {
  /** Defers the record when it may be (see above) and returns true; false: write it now. */
  defer(state: FeedState, outcome: PollOutcome): boolean;
  /** Writes the deferred records in one transaction (a StoreError stops the run, as any write). */
  flush(): void;
}

function sameValidators(stored: Validators, now: Validators | null): boolean {
  if (now === null) return true; // null keeps the stored ones
  return (
    (now.etag ?? stored.etag) === stored.etag &&
    (now.lastModified ?? stored.lastModified) === stored.lastModified &&
    (now.bodyHash ?? stored.bodyHash ?? null) === (stored.bodyHash ?? null)
  );
}

export function pollRecords(ctx: RunContext): PollRecords {
  const pending: Array<{ id: string; outcome: PollOutcome }> = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const batch = pending.splice(0, pending.length);
    write(ctx, () => {
      for (const r of batch) ctx.store.feeds.recordPoll(r.id, r.outcome);
    });
  };
  return {
    defer(state, outcome) {
      // On a shared store other workers read these rows during the round: written at once there.
      if (ctx.store.claims !== null || outcome.status === 'error') return false;
      if (state.lastStatus === 'error' || state.lastStatus === null || state.consecutiveFailures !== 0) return false;
      if (!sameValidators(state.validators, outcome.validators)) return false;
      pending.push({ id: state.id, outcome });
      if (pending.length >= BATCH) flush();
      return true;
    },
    flush,
  };
}
