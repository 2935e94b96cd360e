// An error for a user: its first line only. Driver and library messages can carry SQL, stack-like
// detail or a whole YAML excerpt after the first line; logs, warnings and stderr show one line.

/** The first line of an error's message (or of the value thrown), trimmed; never empty. */
export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim() || (err instanceof Error ? err.name : 'unknown error');
}
