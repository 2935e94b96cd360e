import { describe, expect, it } from 'vitest';
import { articleKey, canonicalUrl } from '../../src/parse/index.js';

describe('canonicalUrl', () => {
  it('lowercases scheme and host, drops fragment, default port and tracking params, sorts the rest', () => {
    expect(
      canonicalUrl('HTTPS://News.Example.COM:443/World/Story?utm_source=rss&b=2&fbclid=x&a=1&ocid=y&cmpid=z#top'),
    ).toBe('https://news.example.com/World/Story?a=1&b=2');
    expect(canonicalUrl('http://example.com:80/a?gclid=1&utm_campaign=2')).toBe('http://example.com/a');
    expect(canonicalUrl('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('keeps parameters that identify the article', () => {
    expect(canonicalUrl('https://example.com/article.php?id=42&page=2')).toBe('https://example.com/article.php?id=42&page=2');
  });

  it('returns non-URLs trimmed', () => {
    expect(canonicalUrl('  not a url ')).toBe('not a url');
  });
});

describe('articleKey', () => {
  const feed = 'wire';

  it('uses the canonical URL of a URL guid, so two feeds agree', () => {
    const a = articleKey({ guid: 'https://wire.example.com/a?utm_medium=rss', link: null }, feed);
    const b = articleKey({ guid: null, link: 'https://WIRE.example.com/a#x' }, 'other');
    expect(a).toBe('url:https://wire.example.com/a');
    expect(b).toBe(a);
  });

  it('namespaces opaque guids by feed (two publishers may share a feed host), keeps URIs as they are', () => {
    expect(articleKey({ guid: '12345', link: 'https://wire.example.com/a' }, feed)).toBe('item:wire/12345');
    expect(articleKey({ guid: '12345', link: null }, 'other')).not.toBe(
      articleKey({ guid: '12345', link: null }, feed),
    );
    expect(articleKey({ guid: 'tag:wire.example.com,2024:1', link: null }, feed)).toBe('guid:tag:wire.example.com,2024:1');
  });

  it('never lets a guid and a URL collide', () => {
    const g = articleKey({ guid: 'https://x.example.com/', link: null }, feed);
    const opaque = articleKey({ guid: 'x.example.com/', link: null }, feed);
    expect(g.startsWith('url:')).toBe(true);
    expect(opaque.startsWith('item:')).toBe(true);
  });
});
