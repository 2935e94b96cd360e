import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decideCharset, decodeBody } from '../../src/fetch/index.js';

const html = (head: string, body: string, encoding: string): Buffer =>
  iconv.encode(`<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`, encoding);

describe('charset decisions', () => {
  it('reads the charset parameter, quoted or not', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('windows-1251');
    expect(charsetFromContentType('application/xml;charset=UTF-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('finds <meta charset> and <meta http-equiv content-type>', () => {
    expect(decodeBody(html('<meta charset="windows-1251">', 'Япония и Филиппины', 'windows-1251'), null)).toContain(
      'Япония и Филиппины',
    );
    const koi = html('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', 'Соглашение подписано', 'koi8-r');
    expect(decideCharset(koi, 'text/html')).toEqual({ charset: 'koi8-r', source: 'document' });
    expect(decodeBody(koi, 'text/html')).toContain('Соглашение подписано');
    expect(decodeBody(html('<meta charset="EUC-JP">', '日比円滑化協定', 'euc-jp'), null)).toContain('日比円滑化協定');
  });

  it('prefers the header over the document, and a BOM over both', () => {
    const bytes = html('<meta charset="iso-8859-1">', 'Tōkyō', 'utf-8');
    expect(decideCharset(bytes, 'text/html; charset=utf-8').source).toBe('header');
    expect(decodeBody(bytes, 'text/html; charset=utf-8')).toContain('Tōkyō');
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<rss>Manila–Tokyo</rss>', 'utf-16le')]);
    expect(decideCharset(bom, 'text/xml; charset=iso-8859-1')).toEqual({ charset: 'utf-16le', source: 'bom' });
    expect(decodeBody(bom, 'text/xml; charset=iso-8859-1')).toBe('<rss>Manila–Tokyo</rss>');
  });

  it('ignores a UTF-16 declaration on a document readable as ASCII, and unknown labels', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss>ok — fine</rss>', 'utf8');
    expect(decideCharset(bytes, null)).toEqual({ charset: 'utf-8', source: 'default' });
    expect(decodeBody(bytes, 'text/xml; charset=bogus-8')).toContain('ok — fine');
  });

  it('maps the whole windows-1252 family through iconv-lite (0x80–0x9F)', () => {
    const bytes = Buffer.from([0x93, 0x80, 0x94, 0x20, 0x96]);
    for (const label of ['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'cp1252']) {
      expect(decodeBody(bytes, `text/plain; charset=${label}`), label).toBe('“€” –');
    }
  });
});
