// Content negotiation and conditional requests (RFC 9110), kept apart so they can be tested alone.

/** True when Accept-Encoding allows gzip (q above zero, named or via "*"). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (!header) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  let star: boolean | null = null;
  for (const part of value.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = (rawName ?? '').trim().toLowerCase();
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m && m[1] !== undefined) q = Number(m[1]);
    }
    if (name === 'gzip' || name === 'x-gzip') return q > 0;
    if (name === '*') star = q > 0;
  }
  return star === true;
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix is ignored. Any of
 * `etags` (the identity and the gzip variant of one resource) counts as a match.
 */
export function noneMatchHits(header: string | undefined, etags: string[]): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (t: string): string => t.trim().replace(/^W\//, '');
  const wanted = new Set(etags.map(strip));
  return header.split(',').some((t) => wanted.has(strip(t)));
}

/** If-Modified-Since: true when the resource has not changed since the given date (1 s precision). */
export function notModifiedSince(header: string | undefined, lastModifiedMs: number): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModifiedMs / 1000) * 1000 <= since;
}
