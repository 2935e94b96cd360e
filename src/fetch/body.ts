// A fetched body to a result. Many servers ignore conditional requests (or send no validators at
// all), so the body's own hash is a validator too: when the bytes are the ones we processed last
// time, the answer is "not modified" before anything is decoded, parsed or extracted.
import { createHash, type Hash } from 'node:crypto';
import type { FetchResult, Validators } from '../types.js';
import { decodeBody } from './charset.js';

type BodyContext = { url: string; status: number; contentType: string | null; validators: Validators; old: Validators; maxAgeSeconds: number | null };

export function bodyResult(bytes: Uint8Array, r: BodyContext): FetchResult {
  const hash = createHash('sha256').update(bytes);
  return hashedBodyResult(hash, () => bytes, r);
}

/**
 * A body read chunk by chunk, each chunk hashed as it arrived: an unchanged body (the common
 * re-poll) is recognised from the hash alone, and its chunks are never joined or decoded.
 */
export class HashedBody {
  private readonly hash = createHash('sha256');
  private readonly chunks: Buffer[] = [];
  size = 0;

  add(chunk: Buffer): void {
    this.hash.update(chunk);
    this.chunks.push(chunk);
    this.size += chunk.byteLength;
  }

  result(r: BodyContext): FetchResult {
    return hashedBodyResult(this.hash, () => (this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size)), r);
  }
}

function hashedBodyResult(hash: Hash, bytesOf: () => Uint8Array, r: BodyContext): FetchResult {
  const bodyHash = hash.digest('hex');
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
    text: decodeBody(bytesOf(), r.contentType),
    contentType: r.contentType,
    validators,
    maxAgeSeconds: r.maxAgeSeconds,
  };
}
