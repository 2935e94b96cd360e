import { describe, expect, it } from 'vitest';
import { acceptsGzip, noneMatchHits, notModifiedSince, renderFeedDocument } from '../../src/server/index.js';
import { Lru } from '../../src/server/lru.js';
import { FakeSite } from './helpers/fake-site.js';

describe('conditional helpers', () => {
  it('reads Accept-Encoding with q-values and *', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(noneMatchHits('"a"', ['"a"', '"a-gz"'])).toBe(true);
    expect(noneMatchHits('W/"a-gz"', ['"a"', '"a-gz"'])).toBe(true);
    expect(noneMatchHits('"x", "y"', ['"a"'])).toBe(false);
    expect(noneMatchHits('*', ['"a"'])).toBe(true);
    expect(noneMatchHits(undefined, ['"a"'])).toBe(false);
  });

  it('compares If-Modified-Since at one-second precision', () => {
    const lm = Date.parse('2024-07-08T06:00:00.700Z');
    expect(notModifiedSince('Mon, 08 Jul 2024 06:00:00 GMT', lm)).toBe(true);
    expect(notModifiedSince('Mon, 08 Jul 2024 05:59:59 GMT', lm)).toBe(false);
    expect(notModifiedSince('not a date', lm)).toBe(false);
  });
});

describe('Lru', () => {
  it('evicts the least recently used entry by count and by bytes', () => {
    const c = new Lru<string>(2, 100);
    c.set('a', 'A', 10);
    c.set('b', 'B', 10);
    expect(c.get('a')).toBe('A');
    c.set('c', 'C', 10);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('A');
    c.set('d', 'D', 95);
    expect(c.size).toBe(1);
    expect(c.get('d')).toBe('D');
  });
});

describe('renderFeedDocument', () => {
  it('gives the bytes the server sends, or null for an unknown agreement', () => {
    const site = new FakeSite(3);
    const xml = renderFeedDocument(site, { kind: 'all' }, { baseUrl: 'http://pactwatch.test' });
    expect(xml).toContain('<id>tag:pactwatch.test,2024:pactwatch/all</id>');
    expect(renderFeedDocument(site, { kind: 'agreement', agreementId: 'nope' }, { baseUrl: 'http://x' })).toBeNull();
  });
});
