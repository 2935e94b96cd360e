import type { FetchOptions, FetchResult, Validators } from '../types.js';
import { readLocal, isLocalResource } from './file.js';
import { errorResult, fetchHttp } from './http.js';

/**
 * Fetches a feed or page: http(s) with conditional GET, or a local file. Never throws: every
 * failure is a `{kind: 'error'}` with one line for a person.
 */
export async function fetchResource(url: string, validators: Validators, options: FetchOptions): Promise<FetchResult> {
  try {
    if (isLocalResource(url)) return await readLocal(url, validators, options);
    return await fetchHttp(url, validators, options);
  } catch (err) {
    // Defensive: the helpers handle their own failures; this keeps the promise from rejecting.
    const message = err instanceof Error ? err.message : String(err);
    return errorResult(url, `unexpected error: ${message}`.replace(/\s+/g, ' '));
  }
}
