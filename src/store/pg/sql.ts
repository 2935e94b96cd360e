// The repositories write one SQL text for both backends, with SQLite's `?` placeholders; for
// PostgreSQL they become $1, $2… (never inside a quoted literal or identifier).

const cache = new Map<string, string>();

export function toPositional(sql: string): string {
  let out = cache.get(sql);
  if (out !== undefined) return out;
  let n = 0;
  out = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === '?' ? `$${++n}` : m));
  cache.set(sql, out);
  return out;
}
