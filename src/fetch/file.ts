// Local feeds and pages (`file:` URLs and absolute paths): read from disk with the same size cap
// and the same charset rules as HTTP. There is no conditional GET for files: each read answers
// 'ok' and the later stages notice an unchanged text by its hash.
import { open } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchOptions, FetchResult, Validators } from '../types.js';
import { bodyResult } from './body.js';
import { errorResult } from './http.js';
import { localReadRefusal } from './policy.js';

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** True for `file:` URLs and absolute paths; false for http(s) and anything else. */
export function isLocalResource(url: string): boolean {
  if (/^file:/i.test(url)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && isAbsolute(url);
}

export function localPath(url: string): string {
  return /^file:/i.test(url) ? fileURLToPath(url) : url;
}

export async function readLocal(url: string, validators: Validators, options: FetchOptions): Promise<FetchResult> {
  let path = url;
  try {
    path = localPath(url);
    const refused = await localReadRefusal(url, options.policy);
    if (refused) return errorResult(url, refused, { refused: true });
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return errorResult(url, `cannot read ${path}: is a directory`);
      if (stat.size > options.maxBytes) {
        return errorResult(url, `cannot read ${path}: larger than ${options.maxBytes} bytes`);
      }
      // Read at most one byte past the cap: a file that grew since stat() is still refused.
      const buffer = Buffer.alloc(Math.min(stat.size, options.maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > options.maxBytes) {
        return errorResult(url, `cannot read ${path}: larger than ${options.maxBytes} bytes`);
      }
      return bodyResult(buffer.subarray(0, length), {
        url,
        status: 200,
        contentType: null,
        validators: { etag: null, lastModified: null },
        old: validators,
        maxAgeSeconds: null,
      });
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
    const why = typeof code === 'string' ? (FS_ERRORS[code] ?? code) : err instanceof Error ? err.message : String(err);
    return errorResult(url, `cannot read ${path}: ${why}`.replace(/\s+/g, ' '));
  }
}
