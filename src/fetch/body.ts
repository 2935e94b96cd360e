// A fetched body to a result. Many servers ignore conditional requests (or send no validators at
// all), so the body's own hash is a validator too: when the bytes are the ones we processed last
// time, the answer is "not modified" before anything is decoded, parsed or extracted.
import { createHash } from 'node:crypto';
import type { FetchResult, Validators } from '../types.js';
import { decodeBody } from './charset.js';

export function bodyResult(
  bytes: Uint8Array,
  r: { url: string; status: number; contentType: string | null; validators: Validators; old: Validators; maxAgeSeconds: number | null },
): FetchResult {
  const bodyHash = createHash('sha256').update(bytes).digest('hex');
  const validators: Validators = { ...r.validators, bodyHash };
  if (r.old.bodyHash && r.old.bodyHash === bodyHash) {
    return {
      kind: 'not-modified',
      url: r.url,
      validators: { etag: validators.etag ?? r.old.etag, lastModified: validators.lastModified ?? r.old.lastModified, bodyHash },
      maxAgeSeconds: r.maxAgeSeconds,
      sameBody: true,
    };
  }
  return {
    kind: 'ok',
    url: r.url,
    status: r.status,
    text: decodeBody(bytes, r.contentType),
    contentType: r.contentType,
    validators,
    maxAgeSeconds: r.maxAgeSeconds,
  };
}
