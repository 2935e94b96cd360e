// The PostgreSQL side of the synchronous bridge (bridge.ts): runs in a worker thread, holds one
// connection of the maintained `pg` client, and answers one query at a time. After posting each
// answer it flips the shared flag and wakes the main thread, which sleeps in Atomics.wait.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';

interface Data {
  url: string;
  flag: Int32Array;
  port: MessagePort;
}

// COUNT(*), BIGINT ids and sums come back as numbers, as they do from SQLite (every value the
// store keeps is far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const { url, flag, port } = workerData as Data;
const client = new pg.Client({ connectionString: url, application_name: 'pactwatch' });
let connected: Promise<unknown> | null = null;
// A connection that broke (server restarted, network gone) fails every later query clearly.
let broken: Error | null = null;
client.on('error', (err) => {
  broken = err;
});

function answer(msg: unknown): void {
  port.postMessage(msg);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

port.on('message', async (m: { sql: string; params: unknown[] }) => {
  try {
    if (broken) throw broken;
    connected ??= client.connect();
    await connected;
    const r = await client.query({ text: m.sql, values: m.params });
    const last = Array.isArray(r) ? r.at(-1) : r;
    answer({ ok: true, rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 });
  } catch (err) {
    const e = err as { message?: string; code?: string };
    answer({ ok: false, message: e.message ?? String(err), code: e.code ?? 'PG_CLIENT' });
  }
});

parentPort?.on('message', (m: string) => {
  if (m === 'close') void client.end().finally(() => port.close());
});
