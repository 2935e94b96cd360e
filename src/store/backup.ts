// Export and import of the whole history as JSON lines: one {"table", "row"} object per line, tables
// in dependency order. Generic over the schema, so a new column travels without code here.
import type { Db } from './db.js';

/** Every table that holds history, parents first. Leases are run state, not history. */
export const BACKUP_TABLES = [
  'meta',
  'feeds',
  'articles',
  'article_feeds',
  'versions',
  'changes',
  'findings',
  'mentions',
  'agreement_state',
  'pending_refresh',
  'updates',
  'update_agreements',
] as const;

export interface BackupHeader {
  pactwatch: 'export';
  schema: number;
}

export function* exportLines(db: Db): Generator<string> {
  const schema = db.pragma('user_version', { simple: true }) as number;
  yield JSON.stringify({ pactwatch: 'export', schema } satisfies BackupHeader);
  let records = 0;
  for (const table of BACKUP_TABLES) {
    // rowid order keeps findings and updates in the order they were made
    // rowid order keeps findings and updates in the order they were made; WITHOUT ROWID tables by key
    const order = table === 'update_agreements' ? 'seq, agreement_id' : table === 'pending_refresh' ? 'agreement_id' : 'rowid';
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate()) {
      records++;
      yield JSON.stringify({ table, row });
    }
  }
  // The end line: an export cut short (a full disk, an interrupted copy) is refused on import,
  // even when the cut falls between two lines.
  yield JSON.stringify({ pactwatch: 'end', records });
}

export class ImportError extends Error {}

/** Load an export into an EMPTY store, in one transaction: all of it or nothing. */
export function importLines(db: Db, lines: Iterable<string>): number {
  const known = new Set<string>(BACKUP_TABLES);
  const statements = new Map<string, { run(...params: unknown[]): unknown }>();
  let count = 0;
  db.transaction(() => {
    const used = (db.prepare('SELECT COUNT(*) AS c FROM articles').get() as { c: number }).c +
      (db.prepare('SELECT COUNT(*) AS c FROM updates').get() as { c: number }).c;
    if (used > 0) throw new ImportError('the store is not empty: import goes into a new store');
    db.prepare(`DELETE FROM meta`).run();
    db.prepare(`DELETE FROM feeds`).run();
    let lineNo = 0;
    let header = false;
    let ended = false;
    const schema = db.pragma('user_version', { simple: true }) as number;
    for (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      if (ended) throw new ImportError(`line ${lineNo}: records after the end line`);
      let obj: { table?: string; row?: Record<string, unknown>; pactwatch?: string; schema?: number; records?: number };
      try {
        obj = JSON.parse(line) as typeof obj;
      } catch {
        throw new ImportError(`line ${lineNo}: not JSON`);
      }
      if (!header) {
        if (obj.pactwatch !== 'export') throw new ImportError('not a pactwatch export (first line)');
        if ((obj.schema ?? 0) > schema) throw new ImportError(`export has schema ${obj.schema}, newer than this store (${schema})`);
        header = true;
        continue;
      }
      if (obj.pactwatch === 'end') {
        if (obj.records !== count) throw new ImportError(`the end line counts ${obj.records} records, the file has ${count}`);
        ended = true;
        continue;
      }
      if (!obj.table || !known.has(obj.table) || !obj.row) throw new ImportError(`line ${lineNo}: unknown record`);
      const cols = Object.keys(obj.row);
      if (cols.some((c) => !/^[a-z_]+$/.test(c))) throw new ImportError(`line ${lineNo}: bad column name`);
      const key = `${obj.table}(${cols.join(',')})`;
      let stmt = statements.get(key);
      if (!stmt) {
        stmt = db.prepare(`INSERT INTO ${obj.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
        statements.set(key, stmt);
      }
      stmt.run(...cols.map((c) => obj.row![c]));
      count++;
    }
    if (!header) throw new ImportError('empty export');
    if (!ended) throw new ImportError('the export is truncated (no end line)');
  }).immediate();
  return count;
}
