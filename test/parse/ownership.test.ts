// Issue 14, finding 2, as pure rules: who may add versions to an article, and which canonical
// may name it.
import { describe, expect, it } from 'vitest';
import { mayAddVersion, outletOf, trustedCanonical } from '../../src/parse/index.js';

const owner = { feedId: 'a-politics', feedUrl: 'https://feeds.a.example/politics.xml', articleUrl: 'https://www.a.example/story' };

describe('mayAddVersion', () => {
  it('the owning feed, and another feed of the same outlet (feed host)', () => {
    expect(mayAddVersion(owner, { feedId: 'a-politics', feedUrl: owner.feedUrl, pageUrl: null })).toBe(true);
    expect(mayAddVersion(owner, { feedId: 'a-world', feedUrl: 'https://feeds.a.example/world.xml', pageUrl: null })).toBe(true);
  });

  it('another outlet only with text from the article’s own page', () => {
    const b = { feedId: 'b', feedUrl: 'https://b.example/rss' };
    expect(mayAddVersion(owner, { ...b, pageUrl: null })).toBe(false);
    expect(mayAddVersion(owner, { ...b, pageUrl: 'https://b.example/copy' })).toBe(false);
    expect(mayAddVersion(owner, { ...b, pageUrl: 'https://www.a.example/story?amp' })).toBe(true);
  });

  it('a feed that is no longer configured owns only by its page', () => {
    expect(mayAddVersion({ ...owner, feedUrl: null }, { feedId: 'x', feedUrl: 'https://feeds.a.example/x', pageUrl: null })).toBe(false);
  });

  it('an outlet is a feed host, or a local feed’s folder', () => {
    expect(outletOf('https://feeds.a.example:8443/x')).toBe('feeds.a.example:8443');
    expect(outletOf('/srv/feeds/a.xml')).toBe('file:/srv/feeds');
    expect(outletOf('file:///srv/feeds/b.xml')).toBe('file:/srv/feeds');
  });
});

describe('trustedCanonical', () => {
  it('keeps a canonical on the page’s own host (http → https too)', () => {
    expect(trustedCanonical('https://news.example/a', 'http://news.example/amp/a')).toBe('https://news.example/a');
  });

  it('drops one on another host or port, or not http(s)', () => {
    expect(trustedCanonical('https://victim.example/a', 'https://news.example/a')).toBeNull();
    expect(trustedCanonical('http://127.0.0.1:9/admin', 'http://127.0.0.1:8080/a')).toBeNull();
    expect(trustedCanonical('file:///etc/passwd', 'https://news.example/a')).toBeNull();
    expect(trustedCanonical(null, 'https://news.example/a')).toBeNull();
  });
});
