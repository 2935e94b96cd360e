// The run orchestrator: wires the pipeline stages (fetch → parse → extract → match → diff) to the store.
export { createRunContext, silentLogger, type Logger, type RunContext } from './context.js';
export { ingest, type FeedReport, type IngestReport, type IngestOptions } from './ingest.js';
export { write } from './write.js';
export { withIngestLease, LeaseBusy, INGEST_LEASE } from './lease.js';
export { backoffUntil, freshUntil, recheckDue } from './schedule.js';
export { startWorker, type Worker, type WorkerOptions } from './worker.js';
export { createLogger } from './log.js';
