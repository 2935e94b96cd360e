// Notifications: each new update as a JSON POST to every configured webhook, in order, signed with
// the webhook's shared secret (HMAC-SHA256 of the body, as GitHub and Stripe receivers expect).
// A delivery is tried `attempts` times with backoff (1 s, 4 s, 16 s …); one that still fails stops
// that webhook for this run and is tried again, from the same update, on the next run: at-least-once,
// in order. A receiver that refuses an update (4xx other than 408/429) would refuse it again: it is
// skipped with an error line. The first run after a webhook is added sends nothing old: its cursor
// starts at the newest update.
import { createHash, createHmac } from 'node:crypto';
import { postJson, type PostResult } from '../fetch/index.js';
import { agreementPath, articlePath } from '../publish/urls.js';
import type { UpdateRecord, WebhookConfig } from '../types.js';
import type { RunContext } from './context.js';
import { count } from '../shared/plural.js';
import { write } from './write.js';

/** Updates sent per webhook per run at most; the rest go on the next run. */
const PER_RUN = 500;
export const SIGNATURE_HEADER = 'X-Pactwatch-Signature-256';

export interface WebhookOptions {
  /** Waits between tries (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
  baseDelayMs?: number;
  userAgent?: string;
}

/** A webhook's key in the store: its URL, so a new URL starts afresh. */
export function webhookId(hook: WebhookConfig): string {
  return createHash('sha256').update(hook.url).digest('hex').slice(0, 16);
}

/** The JSON body of one update's POST. */
export function webhookBody(u: UpdateRecord, baseUrl: string): string {
  const p = u.payload;
  const page = p.kind === 'status' ? agreementPath(p.agreementId) : articlePath(p.article.url);
  return JSON.stringify({ id: u.uid, createdAt: u.createdAt, kind: p.kind, title: u.title, agreements: u.agreementIds, link: `${baseUrl}${page}`, update: p });
}

export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * At the start of a run: a webhook new to this store starts after the newest update, so it gets
 * this run's updates and later ones, not the whole history.
 */
export function startWebhookCursors(ctx: RunContext): void {
  for (const hook of ctx.config.webhooks ?? []) {
    const id = webhookId(hook);
    if (ctx.store.webhookCursors.get(id) !== null) continue;
    const newest = ctx.store.updates.state({ kind: 'all' }).newestSeq;
    write(ctx, () => ctx.store.webhookCursors.set(id, newest));
  }
}

/** Sends what each webhook has not had yet; returns one line per webhook that did something. */
export async function deliverWebhooks(ctx: RunContext, opts: WebhookOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  for (const hook of ctx.config.webhooks ?? []) {
    const line = await deliverTo(ctx, hook, opts);
    if (line) lines.push(line);
  }
  return lines;
}

async function deliverTo(ctx: RunContext, hook: WebhookConfig, opts: WebhookOptions): Promise<string | null> {
  const id = webhookId(hook);
  const cursor = ctx.store.webhookCursors.get(id);
  if (cursor === null) return null; // startWebhookCursors runs first
  const pending = ctx.store.updates.after(cursor, PER_RUN);
  let sent = 0;
  const refused: string[] = [];
  for (const u of pending) {
    const body = webhookBody(u, ctx.config.server.baseUrl);
    const result = await tryDelivery(hook, u, body, opts);
    if (!result.ok && !permanent(result)) {
      const done = sent > 0 ? `${count(sent, 'update')} sent; ` : '';
      return `webhook ${hook.url}: ${done}update ${u.uid} not delivered after ${count(hook.attempts, 'try', 'tries')} (${result.error}); tried again on the next run`;
    }
    if (result.ok) sent++;
    else refused.push(`${u.uid} (${result.error})`);
    write(ctx, () => ctx.store.webhookCursors.set(id, u.seq));
  }
  if (sent === 0 && refused.length === 0) return null;
  const skipped = refused.length > 0 ? `; refused by the receiver and skipped: ${refused.join(', ')}` : '';
  return `webhook ${hook.url}: ${count(sent, 'update')} sent${skipped}`;
}

/** A refusal that a retry would only repeat. */
function permanent(r: PostResult): boolean {
  return r.status !== null && r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429;
}

async function tryDelivery(hook: WebhookConfig, u: UpdateRecord, body: string, opts: WebhookOptions): Promise<PostResult> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const base = opts.baseDelayMs ?? 1000;
  const headers: Record<string, string> = { 'X-Pactwatch-Delivery': u.uid, 'X-Pactwatch-Event': u.payload.kind };
  if (opts.userAgent) headers['User-Agent'] = opts.userAgent;
  if (hook.secret) headers[SIGNATURE_HEADER] = signature(hook.secret, body);
  let result: PostResult = { ok: false, status: null, error: 'not tried' };
  for (let attempt = 0; attempt < hook.attempts; attempt++) {
    if (attempt > 0) await sleep(base * 4 ** (attempt - 1));
    result = await postJson(hook.url, body, { headers, timeoutMs: hook.timeoutSeconds * 1000, allowPrivate: hook.allowPrivateAddresses });
    if (result.ok || permanent(result)) return result;
  }
  return result;
}
