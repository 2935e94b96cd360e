// The floors an unchanged re-poll is measured against (figure 2): the same GET of the same body,
// its bytes hashed chunk by chunk as they arrive and thrown away, (1) on a raw keep-alive socket
// (the least a client can do: one write, the reads, the hash) and (2) through a bare node:http
// keep-alive agent (what pactwatch's fetch is built on). CPU of this process per request.
import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n');

/** One GET on an open keep-alive socket; resolves with the body's sha256 once Content-Length bytes arrived. */
function rawGet(socket: net.Socket, url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let head: Buffer | null = Buffer.alloc(0);
    let left = 0;
    const onData = (chunk: Buffer): void => {
      let body = chunk;
      if (head !== null) {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf(HEAD_END);
        if (end < 0) return;
        const text = head.subarray(0, end).toString('latin1');
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(text);
        if (!length) {
          socket.off('data', onData);
          reject(new Error('raw GET: no Content-Length'));
          return;
        }
        left = Number(length[1]);
        body = head.subarray(end + HEAD_END.length);
        head = null;
      }
      hash.update(body);
      left -= body.byteLength;
      if (left <= 0) {
        socket.off('data', onData);
        resolve(hash.digest('hex'));
      }
    };
    socket.on('data', onData);
    socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

function httpGet(agent: http.Agent, url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const hash = createHash('sha256');
        res.on('data', (c: Buffer) => hash.update(c));
        res.once('end', () => resolve(hash.digest('hex')));
        res.once('error', reject);
      })
      .once('error', reject);
  });
}

/** CPU milliseconds per request of each floor, `requests` GETs of `address` after a warm-up. */
export async function httpFloors(address: string, requests: number): Promise<{ rawMs: number; nodeHttpMs: number }> {
  const url = new URL(address);
  const socket = net.connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const cpuPer = async (get: () => Promise<string>): Promise<number> => {
    for (let i = 0; i < 10; i++) await get();
    const before = process.cpuUsage();
    for (let i = 0; i < requests; i++) await get();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / requests;
  };
  try {
    const rawMs = await cpuPer(() => rawGet(socket, url));
    const nodeHttpMs = await cpuPer(() => httpGet(agent, url));
    return { rawMs, nodeHttpMs };
  } finally {
    socket.destroy();
    agent.destroy();
  }
}
