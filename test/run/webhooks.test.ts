// Notifications (issue 16): a JSON POST per update to each webhook, signed with the shared secret,
// retried with backoff, in order and at least once; through the outbound guard, so a webhook reaches
// loopback or private addresses only when the config allows it. The receiver is on 127.0.0.1.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_LEASE } from '../../src/run/lease.js';
import { deliverWebhooks, webhookId } from '../../src/run/webhooks.js';
import type { WebhookConfig } from '../../src/types.js';
import { makeWorld, ON_PG, rssFeed, type World } from '../helpers/world.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let receiver: http.Server;
let received: Received[] = [];
/** Status codes to answer, in order; 200 when the list is empty. */
let answers: number[] = [];
let receiverUrl: string;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => receiver.close());

let w: World;
afterEach(async () => {
  await w?.close();
  received = [];
  answers = [];
});

const SIGNED = 'Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday, officials said.';

function hook(over: Partial<WebhookConfig> = {}): WebhookConfig {
  return { url: receiverUrl, secret: 'shared-secret', allowPrivateAddresses: true, attempts: 3, timeoutSeconds: 2, ...over };
}

async function worldWith(webhooks: WebhookConfig[]): Promise<World> {
  const world = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: false }], { webhooks });
  world.news.set('/feed.xml', rssFeed([{ title: 'Japan, Philippines sign troop pact', link: 'http://news.test/raa', date: 'Mon, 08 Jul 2024 06:00:00 GMT', description: SIGNED }]));
  return world;
}

const instant = { sleep: async () => {}, baseDelayMs: 1000 };

describe('webhooks', () => {
  it('POSTs each new update as signed JSON after the run', async () => {
    w = await worldWith([hook()]);
    const report = await w.run({ webhooks: instant });
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(report.webhooks).toEqual([`webhook ${receiverUrl}: ${received.length === 1 ? '1 update' : `${received.length} updates`} sent`]);
    const first = received[0]!;
    expect(first.headers['content-type']).toBe('application/json');
    // The receiver checks the body against the shared secret.
    const expected = `sha256=${createHmac('sha256', 'shared-secret').update(first.body).digest('hex')}`;
    expect(first.headers['x-pactwatch-signature-256']).toBe(expected);
    const body = JSON.parse(first.body) as { id: string; kind: string; agreements: string[]; link: string; update: { kind: string } };
    expect(first.headers['x-pactwatch-delivery']).toBe(body.id);
    expect(body.id).toMatch(/^tag:/);
    expect(body.kind).toBe(body.update.kind);
    expect(body.link.startsWith('http://pactwatch.test/')).toBe(true);
    expect(received.some((r) => (JSON.parse(r.body) as { kind: string; agreements: string[] }).kind === 'status')).toBe(true);
    // Nothing is sent twice.
    const n = received.length;
    await w.run({ webhooks: instant });
    expect(received).toHaveLength(n);
  });

  it.runIf(ON_PG)('on a shared store one worker at a time sends: while another holds the webhook lease a run sends nothing, the next sends it all', async () => {
    w = await worldWith([hook()]);
    const other = 'another-machine:1:worker';
    expect(w.store.leases.acquire(WEBHOOK_LEASE, other, 60_000)).toBe(true);
    const report = await w.run({ webhooks: instant });
    expect(w.store.updates.after(0, 100).length).toBeGreaterThan(0);
    expect(received).toEqual([]);
    expect(report.webhooks).toBeUndefined();
    w.store.leases.release(WEBHOOK_LEASE, other);
    await w.run({ webhooks: instant });
    expect(received.map((r) => JSON.parse(r.body).id as string)).toEqual(w.store.updates.after(0, 100).map((u) => u.uid));
  });

  it('retries with backoff (1 s, 4 s), and an update still failing is sent again on the next run, in order', async () => {
    w = await worldWith([hook({ url: 'http://127.0.0.1:9/unused' })]);
    await w.run({ webhooks: instant }); // the updates exist; this webhook cannot take them
    const total = w.store.updates.after(0, 100).length;
    expect(total).toBeGreaterThan(0);

    const id = webhookId(hook());
    w.store.webhookCursors.set(id, 0);
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    w.ctx.config.webhooks = [hook()];

    answers = [503, 502];
    let lines = await deliverWebhooks(w.ctx, { sleep });
    expect(delays).toEqual([1000, 4000]);
    expect(received).toHaveLength(2 + total);
    expect(lines).toEqual([`webhook ${receiverUrl}: ${total === 1 ? '1 update' : `${total} updates`} sent`]);

    // Down for good in this run: three tries, then the next run starts from the same update.
    w.store.webhookCursors.set(id, 0);
    received = [];
    answers = [503, 503, 503];
    lines = await deliverWebhooks(w.ctx, { sleep });
    expect(received).toHaveLength(3);
    expect(lines[0]).toMatch(/not delivered after 3 tries \(HTTP 503\); tried again on the next run$/);
    expect(w.store.webhookCursors.get(id)).toBe(0);
    lines = await deliverWebhooks(w.ctx, { sleep });
    const ids = received.slice(3).map((r) => JSON.parse(r.body).id as string);
    expect(ids).toEqual(w.store.updates.after(0, 100).map((u) => u.uid));
  });

  it('a receiver that refuses an update (400) is not retried; the next updates go on', async () => {
    w = await worldWith([hook({ url: 'http://127.0.0.1:9/unused' })]);
    await w.run({ webhooks: instant });
    w.ctx.config.webhooks = [hook()];
    w.store.webhookCursors.set(webhookId(hook()), 0);
    answers = [400];
    const lines = await deliverWebhooks(w.ctx, instant);
    expect(lines[0]).toMatch(/refused by the receiver and skipped: tag:\S+ \(HTTP 400\)/);
  });

  it('never reaches a loopback address unless allowPrivateAddresses is set, by address or by name', async () => {
    for (const url of [receiverUrl, receiverUrl.replace('127.0.0.1', 'localhost')]) {
      w = await worldWith([hook({ url, allowPrivateAddresses: false })]);
      await w.run({ webhooks: instant });
      w.store.webhookCursors.set(webhookId(hook({ url })), 0);
      const lines = await deliverWebhooks(w.ctx, instant);
      expect(received).toEqual([]);
      expect(lines[0], url).toMatch(/not delivered after 3 tries \(refused .*loopback.*allowPrivateAddresses is false\)/);
      await w.close();
    }
  });
});
