// Turning what a failed request throws into one line a person can act on.
//
// node:http fails with a system error carrying a code such as ECONNREFUSED (sometimes an
// AggregateError of several attempts, one per address, or an HTTP parser error); an aborted
// request carries the signal's reason, a DOMException named TimeoutError, as its cause. The
// codes of fetch()'s undici errors stay listed for errors wrapped that way.

const SYSTEM_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'temporary DNS failure',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'response body stalled',
  UND_ERR_HEADERS_OVERFLOW: 'response headers too large',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
};

function errorProp(err: unknown, key: 'code' | 'message' | 'name' | 'cause' | 'errors'): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[key] : undefined;
}

export function isTimeout(err: unknown): boolean {
  const name = errorProp(err, 'name');
  return name === 'TimeoutError' || errorProp(errorProp(err, 'cause'), 'name') === 'TimeoutError';
}

/** The innermost error that carries a code, following `cause` and AggregateError.errors. */
function rootCause(err: unknown, depth = 0): unknown {
  if (depth > 5) return err;
  if (typeof errorProp(err, 'code') === 'string') return err;
  const errors = errorProp(err, 'errors');
  if (Array.isArray(errors) && errors.length > 0) return rootCause(errors[0], depth + 1);
  const cause = errorProp(err, 'cause');
  return cause === undefined ? err : rootCause(cause, depth + 1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "cannot connect to example.com: connection refused (ECONNREFUSED)". */
export function describeNetworkError(err: unknown, url: string): string {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the raw text
  }
  const root = rootCause(err);
  const code = errorProp(root, 'code');
  const message = errorProp(root, 'message');
  if (typeof code === 'string') {
    const said = SYSTEM_CODES[code] ?? (typeof message === 'string' && message ? oneLine(message) : 'network error');
    return `cannot connect to ${host}: ${said} (${code})`;
  }
  if (typeof message === 'string' && message && message !== 'fetch failed') {
    return `cannot connect to ${host}: ${oneLine(message)}`;
  }
  return `cannot connect to ${host}: network error`;
}
