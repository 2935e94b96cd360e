// Export and import of the whole history as JSON lines: one {"table", "row"} object per line, tables
// in dependency order. Generic over the schema, so a new column travels without code here.
import type { Backend, ColumnInfo } from './backend.js';
import { columnProblem, recordProblem } from './import-rules.js';
import { firstLine } from '../shared/errors.js';

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

export function* exportLines(backend: Backend): Generator<string> {
  const schema = backend.schemaVersion();
  yield JSON.stringify({ pactwatch: 'export', schema } satisfies BackupHeader);
  let records = 0;
  for (const table of BACKUP_TABLES) {
    // The columns both backends share, in the order the rows were made (backend.ts).
    const columns = [...backend.columns(table).keys()].join(', ');
    for (const row of backend.db.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${backend.exportOrder(table)}`).iterate()) {
      records++;
      yield JSON.stringify({ table, row });
    }
  }
  // The end line: an export cut short (a full disk, an interrupted copy) is refused on import,
  // even when the cut falls between two lines.
  yield JSON.stringify({ pactwatch: 'end', records });
}

export class ImportError extends Error {}

function typeProblem(info: ColumnInfo, value: unknown): string | null {
  if (value === null) return info.required ? 'is null' : null;
  if (info.type === 'INTEGER') return Number.isSafeInteger(value) ? null : 'not an integer';
  if (info.type === 'TEXT') return typeof value === 'string' ? null : 'not text';
  return typeof value === 'string' || typeof value === 'number' ? null : 'not a value';
}

/**
 * Reading an export line by line into a store, inside a transaction its caller holds: the header,
 * the records (each checked against the table's columns and the rules of import-rules.ts) and the
 * end line. Every error names its line.
 */
class ImportSession {
  private readonly known = new Set<string>(BACKUP_TABLES);
  private readonly statements = new Map<string, { run(...params: unknown[]): unknown }>();
  private readonly columns = new Map<string, Map<string, ColumnInfo>>();
  private readonly schema: number;
  private header = false;
  private ended = false;
  lineNo = 0;
  count = 0;

  private readonly db: Backend["db"];

  constructor(private readonly backend: Backend) {
    this.db = backend.db;
    this.schema = backend.schemaVersion();
  }

  /** Refuses a store that holds history; clears the rows a new store starts with. */
  begin(): void {
    const used = (this.db.prepare('SELECT COUNT(*) AS c FROM articles').get() as { c: number }).c +
      (this.db.prepare('SELECT COUNT(*) AS c FROM updates').get() as { c: number }).c;
    if (used > 0) throw new ImportError('the store is not empty: import goes into a new store');
    this.db.prepare(`DELETE FROM meta`).run();
    this.db.prepare(`DELETE FROM feeds`).run();
  }

  line(line: string): void {
    const n = ++this.lineNo;
    if (line.trim() === '') return;
    const fail = (problem: string): never => {
      throw new ImportError(`line ${n}: ${problem}`);
    };
    if (this.ended) fail('records after the end line');
    let obj: { table?: unknown; row?: unknown; pactwatch?: unknown; schema?: unknown; records?: unknown };
    try {
      obj = JSON.parse(line) as typeof obj;
    } catch {
      return fail('not JSON');
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return fail('not a record');
    if (!this.header) {
      if (obj.pactwatch !== 'export') fail('not a pactwatch export (first line)');
      const schema = typeof obj.schema === 'number' ? obj.schema : 0;
      if (schema > this.schema) fail(`export has schema ${schema}, newer than this store (${this.schema})`);
      this.header = true;
      return;
    }
    if (obj.pactwatch === 'end') {
      if (obj.records !== this.count) fail(`the end line counts ${String(obj.records)} records, the file has ${this.count}`);
      this.ended = true;
      return;
    }
    const table = obj.table;
    const row = obj.row;
    if (typeof table !== 'string' || !this.known.has(table)) return fail('unknown record');
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return fail(`${table}: the row is not an object`);
    const record = row as Record<string, unknown>;
    const cols = Object.keys(record);
    const info = this.columnInfo(table);
    for (const c of cols) {
      const col = info.get(c);
      if (!col) fail(`${table}: unknown column "${c.slice(0, 40)}"`);
      const problem = typeProblem(col!, record[c]) ?? (record[c] === null ? null : columnProblem(table, c, record[c]));
      if (problem) fail(`${table}.${c}: ${problem}`);
    }
    for (const [c, col] of info) if (col.required && !(c in record)) fail(`${table}.${c}: missing`);
    const cross = recordProblem(table, record);
    if (cross) fail(`${table}: ${cross}`);
    const key = `${table}(${cols.join(',')})`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      this.statements.set(key, stmt);
    }
    try {
      stmt.run(...cols.map((c) => record[c]));
    } catch (err) {
      // A duplicate key or a missing parent: the store's own constraints, named with the line.
      fail(`${table}: ${firstLine(err)}`);
    }
    this.count++;
  }

  end(): void {
    if (!this.header) throw new ImportError(`line ${this.lineNo}: empty export`);
    if (!this.ended) throw new ImportError(`line ${this.lineNo}: the export is truncated (no end line)`);
  }

  private columnInfo(table: string): Map<string, ColumnInfo> {
    let info = this.columns.get(table);
    if (!info) {
      info = this.backend.columns(table);
      this.columns.set(table, info);
    }
    return info;
  }
}

/** Load an export into an EMPTY store, in one transaction: all of it or nothing. */
export function importLines(backend: Backend, lines: Iterable<string>): number {
  const session = new ImportSession(backend);
  backend.db
    .transaction(() => {
      session.begin();
      for (const line of lines) session.line(line);
      session.end();
      backend.afterImport();
    })
    .immediate();
  backend.afterWrite();
  return session.count;
}

/**
 * The same from a stream, a line at a time: an export of any size goes in without being held, and
 * a line longer than `maxLineBytes` is refused as soon as it is that long. One transaction spans
 * the whole read (the importing process is its only user), rolled back on any failure, so a failed
 * import leaves the store as it was.
 */
export async function importStream(backend: Backend, input: AsyncIterable<Buffer | string>, maxLineBytes: number): Promise<number> {
  const session = new ImportSession(backend);
  backend.begin();
  try {
    session.begin();
    for await (const line of splitLines(input, maxLineBytes, () => session.lineNo + 1)) session.line(line);
    session.end();
    backend.afterImport();
    backend.commit();
  } catch (err) {
    backend.rollback();
    throw err;
  }
  backend.afterWrite();
  return session.count;
}

async function* splitLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number, lineNo: () => number): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const tooLong = () => new ImportError(`line ${lineNo()}: longer than ${maxLineBytes} bytes (limits.importLineBytes)`);
  for await (const piece of input) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) break;
      if (pendingBytes + (nl - start) > maxLineBytes) throw tooLong();
      pending.push(chunk.subarray(start, nl));
      yield Buffer.concat(pending).toString('utf8').replace(/\r$/, '');
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    pendingBytes += chunk.length - start;
    if (pendingBytes > maxLineBytes) throw tooLong();
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pendingBytes > 0) yield Buffer.concat(pending).toString('utf8').replace(/\r$/, '');
}
