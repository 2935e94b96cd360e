// Issue 14, findings 1 and 4 at the fetch stage: URLs that come from content reach only public
// addresses, checked on the resolved address when the socket connects and on every redirect hop,
// unless they stay on the feed's own origin or the feed allows private addresses; a local feed's
// links read only inside its folder. Everything here runs on 127.0.0.1: the "feed" and the
// "internal service" listen on two different loopback ports, so they are two different origins.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/fetch/index.js';
import { specialAddressKind } from '../../src/fetch/address.js';
import { guardedLookup, REFUSED_CODE } from '../../src/fetch/guard.js';
import { httpHopVerdict } from '../../src/fetch/policy.js';
import type { FetchOptions, OutboundPolicy, Validators } from '../../src/types.js';
import { serve, type TestServer } from './serve.js';

const none: Validators = { etag: null, lastModified: null };
let feedHost: TestServer;
let internal: TestServer;

/** Both HTTP clients: node:http (feeds, and pages with fetch.pipelining 1) and pipelined pages. */
const CLIENTS: Array<[string, FetchOptions['pipelining']]> = [
  ['node:http', undefined],
  ['pipelined', { connections: 2, depth: 4 }],
];
let pipelining: FetchOptions['pipelining'];

function options(policy: OutboundPolicy): FetchOptions {
  return { policy, timeoutMs: 3_000, maxBytes: 100_000, maxRedirects: 5, userAgent: 'pactwatch-test', accept: '*/*', ...(pipelining ? { pipelining } : {}) };
}

beforeAll(async () => {
  internal = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('INTERNAL-SECRET');
  });
  feedHost = await serve((req, res) => {
    const to = (target: string) => {
      res.writeHead(302, { location: target });
      res.end();
    };
    if (req.url === '/redirect-to-internal') return to(internal.url('/secret'));
    if (req.url === '/redirect-to-localhost-name') return to(internal.url('/secret').replace('127.0.0.1', 'localhost'));
    if (req.url === '/redirect-same-origin') return to('/page');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('feed host page');
  });
});

afterAll(async () => {
  await feedHost.close();
  await internal.close();
});

describe('special addresses (rules as data)', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'CGNAT (shared)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12::1', 'unique-local (private)'],
    ['ff02::1', 'multicast'],
    ['64:ff9b::7f00:1', 'loopback (embedded in 64:ff9b::7f00:1)'],
    ['2002:a00:1::1', 'private (embedded in 2002:a00:1::1)'],
  ])('%s is %s', (address, kind) => {
    expect(specialAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '93.184.216.34', '2606:4700::1111', '2001:4860:4860::8888', '64:ff9b::808:808'])('%s is public', (address) => {
    expect(specialAddressKind(address)).toBeNull();
  });
});

describe('the connect-time lookup', () => {
  // A name whose answers change between questions: a DNS rebinding attacker.
  function rebinding(answers: string[]) {
    let n = 0;
    return (_host: string, _o: unknown, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) =>
      cb(null, [{ address: answers[Math.min(n++, answers.length - 1)]!, family: 4 }]);
  }

  it('checks the very answer the socket connects to, each time it is asked', async () => {
    const lookup = guardedLookup(rebinding(['93.184.216.34', '127.0.0.1']));
    const ask = () =>
      new Promise<{ err: NodeJS.ErrnoException | null; address: string }>((resolve) =>
        lookup('rebind.example', { family: 0 }, (err, address) => resolve({ err, address: String(address) })),
      );
    expect(await ask()).toEqual({ err: null, address: '93.184.216.34' });
    const second = await ask();
    expect(second.err?.code).toBe(REFUSED_CODE);
    expect(second.err?.message).toBe(
      'refused rebind.example: 127.0.0.1 is a loopback address, which links from feed content may not reach',
    );
  });

  it('refuses a name with any special answer among several', async () => {
    const lookup = guardedLookup((_h, _o, cb) => cb(null, [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }]));
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('mixed.example', { all: true }, (e) => resolve(e)));
    expect(err?.code).toBe(REFUSED_CODE);
  });
});

describe.each(CLIENTS)('fetching content URLs (%s)', (_client, client) => {
  beforeAll(() => {
    pipelining = client;
  });
  afterAll(() => {
    pipelining = undefined;
  });
  const feedPolicy = (): OutboundPolicy => ({ feedUrl: feedHost.url('/feed.xml'), allowPrivate: false });

  it('SSRF via direct link: another loopback port is another origin, refused before connecting', async () => {
    const before = internal.requests.length;
    const r = await fetchResource(internal.url('/secret'), none, options(feedPolicy()));
    expect(r).toMatchObject({ kind: 'error', refused: true, status: null });
    if (r.kind === 'error') expect(r.error).toMatch(/^refused 127\.0\.0\.1:\d+: 127\.0\.0\.1 is a loopback address/);
    expect(internal.requests.length).toBe(before);
  });

  it('SSRF via a 302 hop from the feed origin to the internal service', async () => {
    const before = internal.requests.length;
    const r = await fetchResource(feedHost.url('/redirect-to-internal'), none, options(feedPolicy()));
    expect(r).toMatchObject({ kind: 'error', refused: true });
    expect(internal.requests.length).toBe(before);
  });

  it('a host name is checked on its resolved address, at connect time (localhost → 127.0.0.1)', async () => {
    const before = internal.requests.length;
    const r = await fetchResource(feedHost.url('/redirect-to-localhost-name'), none, options(feedPolicy()));
    expect(r).toMatchObject({ kind: 'error', refused: true });
    if (r.kind === 'error') expect(r.error).toMatch(/^refused localhost: (127\.0\.0\.1|::1) is a loopback address/);
    expect(internal.requests.length).toBe(before);
  });

  it('the feed URL goes where the operator wrote it, and redirects on its own origin are followed', async () => {
    expect(await fetchResource(feedHost.url('/feed.xml'), none, options(feedPolicy()))).toMatchObject({ kind: 'ok' });
    expect(await fetchResource(feedHost.url('/redirect-same-origin'), none, options(feedPolicy()))).toMatchObject({
      kind: 'ok',
      url: feedHost.url('/page'),
    });
  });

  it('a feed given by address trusts its origin (and its https: upgrade); another port is another origin', () => {
    const policy = { feedUrl: 'http://10.0.0.5/feed.xml', allowPrivate: false };
    expect(httpHopVerdict(new URL('http://10.0.0.5/a'), policy)).toEqual({ kind: 'open' });
    expect(httpHopVerdict(new URL('https://10.0.0.5/a'), policy)).toEqual({ kind: 'open' });
    expect(httpHopVerdict(new URL('http://10.0.0.5:8080/a'), policy)).toMatchObject({ kind: 'refused' });
    expect(httpHopVerdict(new URL('http://10.0.0.6/a'), policy)).toMatchObject({ kind: 'refused' });
  });

  it('a feed given by name: the feed URL goes where it says, the rest of its origin is checked when it connects', async () => {
    // The publisher owns the name's DNS and could point it at 127.0.0.1 for the article links.
    const named = { feedUrl: feedHost.url('/feed.xml').replace('127.0.0.1', 'localhost'), allowPrivate: false };
    expect(httpHopVerdict(new URL(named.feedUrl), named)).toEqual({ kind: 'open' });
    const pageUrl = feedHost.url('/page').replace('127.0.0.1', 'localhost');
    expect(httpHopVerdict(new URL(pageUrl), named)).toEqual({ kind: 'guarded' });
    expect(httpHopVerdict(new URL(pageUrl), { ...named, allowPrivate: true })).toEqual({ kind: 'open' });
    // Refused at the lookup, before any connection is made.
    expect(await fetchResource(pageUrl, none, options(named))).toMatchObject({ kind: 'error', refused: true });
  });

  it('allowPrivateLinks lets the feed’s content reach private addresses', async () => {
    const r = await fetchResource(feedHost.url('/redirect-to-internal'), none, options({ ...feedPolicy(), allowPrivate: true }));
    expect(r).toMatchObject({ kind: 'ok', text: 'INTERNAL-SECRET' });
  });
});

describe('a local feed’s links', () => {
  let dir: string;
  let feed: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-local-'));
    mkdirSync(path.join(dir, 'feeds'));
    feed = path.join(dir, 'feeds', 'local-feed.xml');
    writeFileSync(feed, '<rss/>');
    writeFileSync(path.join(dir, 'feeds', 'story.html'), '<p>inside</p>');
    writeFileSync(path.join(dir, 'outside-secret.txt'), 'OUTSIDE-SECRET');
    symlinkSync(path.join(dir, 'outside-secret.txt'), path.join(dir, 'feeds', 'symlink-to-outside.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const local = () => options({ feedUrl: feed, allowPrivate: false });

  it('read inside the feed’s folder', async () => {
    expect(await fetchResource(pathToFileURL(path.join(dir, 'feeds', 'story.html')).href, none, local())).toMatchObject({ kind: 'ok' });
  });

  it.each([
    ['file:///etc/passwd', () => 'file:///etc/passwd'],
    ['../ out of the folder', () => pathToFileURL(path.join(dir, 'feeds')).href + '/../outside-secret.txt'],
    ['a symbolic link out of the folder', () => pathToFileURL(path.join(dir, 'feeds', 'symlink-to-outside.txt')).href],
  ])('never outside it: %s', async (_label, url) => {
    const r = await fetchResource(url(), none, local());
    expect(r).toMatchObject({ kind: 'error', refused: true });
    if (r.kind === 'error') expect(r.error).toMatch(/^refused .*: outside the local feed's folder /);
  });

  it('a feed on the web never reads local files', async () => {
    const r = await fetchResource('file:///etc/passwd', none, options({ feedUrl: feedHost.url('/feed.xml'), allowPrivate: true }));
    expect(r).toMatchObject({ kind: 'error', refused: true, error: 'refused file:///etc/passwd: links of a feed on the web may not read local files' });
  });
});
