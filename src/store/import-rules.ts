// What an imported record must be, beyond its columns' SQL types: the JSON columns' shapes and the
// enumerated values the read side relies on. A record that breaks one is refused with its line, so
// an import can never leave a store whose pages answer 500. Rules as data, one entry per column;
// a column without an entry is still checked against its SQL type and NOT NULL (table_info).
// zod is loaded on the first check, not with the store: every command opens the store, few import,
// and zod's ~95 modules are a good part of a command's start-up. (Its CommonJS build: a synchronous
// load, as importLines is synchronous.)
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';
import { STATUSES } from '../types.js';

const NOTICE_KINDS = ['correction', 'clarification', 'update', 'editors-note', 'retraction'] as const;

type Rules = Record<string, Record<string, Zod.ZodType>>;
let rules: Rules | null = null;

/** The rules, built on first use. */
export function columnRules(): Rules {
  rules ??= buildRules((createRequire(import.meta.url)('zod') as { z: typeof Zod }).z);
  return rules;
}

function buildRules(z: typeof Zod): Rules {
  const time = z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'not a time');
  const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'not a YYYY[-MM[-DD]] date');
  const status = z.enum(STATUSES);
  const notice = z.object({ kind: z.enum(NOTICE_KINDS), note: z.string() });
  const segment = z.object({ op: z.enum(['equal', 'removed', 'added']), text: z.string() });
  const diff = z.object({
    title: z.array(segment).nullable(),
    blocks: z.array(
      z.object({ kind: z.enum(['equal', 'changed', 'added', 'removed']), segments: z.array(segment), elided: z.number().int().optional() }),
    ),
    removed: z.array(z.string()),
    added: z.array(z.string()),
    coarse: z.boolean(),
  });
  const articleRef = z.object({
    url: z.string(),
    feedId: z.string(),
    feedName: z.string(),
    title: z.string(),
    publishedAt: z.string().nullable(),
  });
  const evidence = z.object({ url: z.string(), feed: z.string(), title: z.string(), publishedAt: z.string(), quote: z.string() });
  const version = z.number().int().positive();
  const payload = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('status'),
      agreementId: z.string(),
      agreementName: z.string(),
      status: status.nullable(),
      since: partialDate.nullable(),
      previousStatus: status.nullable(),
      previousSince: partialDate.nullable(),
      party: z.string().nullable(),
      evidence: z.array(evidence),
      moreEvidence: z.number().int().nonnegative().optional(),
    }),
    z.object({ kind: z.literal('correction'), article: articleRef, notices: z.array(notice), fromVersion: version, toVersion: version, diff }),
    z.object({ kind: z.literal('revision'), article: articleRef, fromVersion: version, toVersion: version, diff }),
    z.object({ kind: z.literal('taken-down'), article: articleRef, httpStatus: z.number().int(), lastVersion: version }),
    z.object({ kind: z.literal('new-article'), article: articleRef, agreementIds: z.array(z.string()) }),
  ]);

  /** A column holding JSON text, with the shape of its value. */
  function json(schema: Zod.ZodType): Zod.ZodType {
    return z.string().transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    }).pipe(schema);
  }

  return {
    feeds: { last_status: z.enum(['ok', 'not-modified', 'error']).nullable() },
    articles: { first_seen_at: time, last_seen_in_feed_at: time, published_at: time.nullable() },
    versions: { paragraphs: json(z.array(z.string())), seen_at: time, n: version },
    changes: {
      notices: json(z.array(notice)),
      removed: json(z.array(z.string())),
      added: json(z.array(z.string())),
      diff: json(diff),
      detected_at: time,
    },
    findings: { status, date: partialDate, date_source: z.enum(['text', 'published']) },
    agreement_state: { status: status.nullable(), since: partialDate.nullable() },
    updates: { payload: json(payload), created_at: time, kind: z.enum(['status', 'correction', 'revision', 'taken-down', 'new-article']) },
  };
}

/** The first problem with a column's value under its rule, in a few words, or null. */
export function columnProblem(table: string, column: string, value: unknown): string | null {
  const rule = columnRules()[table]?.[column];
  if (!rule) return null;
  const result = rule.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return `${issue.message}${where}`;
}

/** Cross-column rules of one record: the update's kind column is its payload's kind. */
export function recordProblem(table: string, row: Record<string, unknown>): string | null {
  if (table === 'updates' && typeof row.payload === 'string') {
    const kind = (JSON.parse(row.payload) as { kind?: unknown }).kind;
    if (kind !== row.kind) return `kind "${String(row.kind)}" differs from the payload's kind "${String(kind)}"`;
  }
  return null;
}
