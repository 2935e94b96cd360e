// The config file's shape (CONTRACT.md), as zod schemas. Strict objects: an unknown key is an
// error, because a misspelt key silently ignored is the worst kind of config bug.
import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { DEFAULT_WORKERS } from './workers.js';

const id = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+ (lower-case letters, digits, hyphens)');

const positiveInt = z.number().int().positive();

export const DEFAULT_HOST = '127.0.0.1';
/** fetch.pipelining's default: article pages written ahead per connection (fetch/pipelined.ts). */
export const DEFAULT_PIPELINING = 4;

/** Every limits key with its default: each is a bound on what a feed, page or client can cost. */
const limitsShape = Object.fromEntries(
  Object.entries(DEFAULT_LIMITS).map(([key, value]) => [key, positiveInt.default(value)]),
) as { [K in keyof Limits]: z.ZodDefault<z.ZodNumber> };

export const feedSchema = z.strictObject({
  id,
  name: z.string().min(1),
  url: z.string().min(1),
  fullText: z.boolean().default(false),
  // Let this feed's content (item links, redirects, re-checks) reach private and loopback addresses.
  allowPrivateLinks: z.boolean().default(false),
});

/** A receiver of a JSON POST per update (README, "Notifications"). */
export const webhookSchema = z.strictObject({
  url: z.string().url(),
  // Shared with the receiver: each POST carries X-Pactwatch-Signature-256: sha256=HMAC(secret, body).
  secret: z.string().min(1).optional(),
  // The POST goes through the outbound guard: never to a loopback or private address unless allowed.
  allowPrivateAddresses: z.boolean().default(false),
  // Tries per update in one run (with backoff between them); what still fails is retried next run.
  attempts: positiveInt.max(10).default(3),
  timeoutSeconds: z.number().positive().default(10),
});

export const agreementSchema = z.strictObject({
  id,
  name: z.string().min(1),
  // Countries or organisations; empty for a treaty open to all states (recognised by its names).
  parties: z.array(z.string().min(1)).default([]),
  /** What kind of agreement it is, for reports and pages (trade, defence, multilateral …). */
  kind: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).min(1, 'needs at least one alias'),
  patterns: z.array(z.string().min(1)).default([]),
});

export const configSchema = z.strictObject({
  database: z.string().min(1).default('store/pactwatch.db'),
  schedule: z.string().min(1).default('*/15 * * * *'),
  timezone: z.string().min(1).default('UTC'),
  server: z
    .strictObject({
      // Loopback unless the operator says otherwise: put a reverse proxy in front (README).
      host: z.string().min(1).default(DEFAULT_HOST),
      port: z.number().int().min(0).max(65535).default(8080),
      baseUrl: z.string().url().default('http://localhost:8080'),
    })
    .default({ host: DEFAULT_HOST, port: 8080, baseUrl: 'http://localhost:8080' }),
  fetch: z
    .strictObject({
      timeoutSeconds: z.number().positive().default(20),
      maxBytes: positiveInt.default(5_000_000),
      concurrency: positiveInt.max(64).default(4),
      // Requests in flight to one host at once (keep-alive connections are reused), with no added
      // delay between them: fetch/limiter.ts says why 2.
      perHost: positiveInt.max(8).default(2),
      // Article pages: GETs written ahead on each of those connections before the first answer
      // (HTTP/1.1 pipelining; 1 = off). fetch/pipelined.ts says why, and why this default.
      pipelining: positiveInt.max(16).default(DEFAULT_PIPELINING),
      // Wall-clock time one feed may take per run (its feed, pages and re-checks): one slow host
      // cannot hold the run; what is left waits for the next run.
      feedBudgetSeconds: z.number().positive().default(120),
    })
    .default({ timeoutSeconds: 20, maxBytes: 5_000_000, concurrency: 4, perHost: 2, pipelining: DEFAULT_PIPELINING, feedBudgetSeconds: 120 }),
  articles: z
    .strictObject({
      recheckForDays: z.number().min(0).default(14),
      minRecheckMinutes: z.number().min(0).default(15),
    })
    .default({ recheckForDays: 14, minRecheckMinutes: 15 }),
  limits: z.strictObject(limitsShape).default(DEFAULT_LIMITS),
  // Many workers on one PostgreSQL store: a feed claim lives this long without renewal.
  workers: z
    .strictObject({ claimSeconds: z.number().min(5).max(3600).default(DEFAULT_WORKERS.claimSeconds) })
    .default(DEFAULT_WORKERS),
  publishNewArticles: z.boolean().default(false),
  countryNames: z.record(z.string(), z.array(z.string().min(1))).default({}),
  feeds: z.array(feedSchema).default([]),
  webhooks: z.array(webhookSchema).default([]),
  agreements: z.array(agreementSchema).optional(),
  agreementsFile: z.string().min(1).optional(),
});

export const agreementsFileSchema = z.union([
  z.array(agreementSchema),
  z.strictObject({ agreements: z.array(agreementSchema) }),
]);

export type RawConfig = z.infer<typeof configSchema>;
