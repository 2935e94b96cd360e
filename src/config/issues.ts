// A schema problem as a user reads it: the key it is at, and what is wrong in plain words. zod's
// own messages ("Invalid input: expected number, received string") are written for programmers,
// and a misspelt key must be reported as itself ("unknown key `ulr` (did you mean `url`?)"), not
// as the required key it left missing.
import { z } from 'zod';

export interface KeyProblem {
  key: string;
  problem: string;
}

/** The one problem to report: an unknown key first, because it is usually the cause of the rest. */
export function describeIssues(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): KeyProblem {
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const at = formatPath(issue.path);
    const unknown = issue.keys[0] ?? '';
    const known = keysAt(schema, issue.path);
    const near = closest(unknown, known);
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `\`${k}\``).join(', ')})` : '';
    return {
      key: at ? `${at}.${unknown}` : unknown,
      problem: `unknown key \`${unknown}\`${near ? ` (did you mean \`${near}\`?)` : ''}${more}`,
    };
  }
  return { key: formatPath(issue.path), problem: plainMessage(issue) };
}

function plainMessage(issue: z.core.$ZodIssue): string {
  // A message the schema itself words ('needs at least one alias') is already for users.
  if (!/^(Invalid|Too small|Too big|Unrecognized)\b/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return 'is required';
      const expected = issue.expected === 'int' ? 'whole number' : String(issue.expected);
      return `must be ${article(expected)} ${expected}${received ? `, not ${article(received)} ${received}` : ''}`;
    }
    case 'too_small': {
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    }
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'must be an absolute URL (http://… or https://…)' : issue.message;
    case 'invalid_union':
      return 'is not in a form this key takes';
    default:
      return issue.message;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

/** The keys the object at `path` accepts, following the schema through defaults, arrays and unions. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: z.ZodType[] = [schema];
  for (const part of path) {
    nodes = nodes.flatMap(unwrap).flatMap((n) => {
      if (n instanceof z.ZodObject && typeof part === 'string') return n.shape[part] ? [n.shape[part] as z.ZodType] : [];
      if (n instanceof z.ZodArray && typeof part === 'number') return [n.element as z.ZodType];
      if (n instanceof z.ZodRecord && typeof part === 'string') return [n.valueType as z.ZodType];
      return [];
    });
  }
  return [...new Set(nodes.flatMap(unwrap).flatMap((n) => (n instanceof z.ZodObject ? Object.keys(n.shape) : [])))];
}

function unwrap(n: z.ZodType): z.ZodType[] {
  if (n instanceof z.ZodDefault || n instanceof z.ZodOptional) return unwrap(n.unwrap() as z.ZodType);
  if (n instanceof z.ZodUnion) return (n.options as z.ZodType[]).flatMap(unwrap);
  return [n];
}

/** The known key a misspelling most likely meant: within two edits (one for short keys), or a case slip. */
function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = word.length <= 4 ? 1 : 2;
  return bestDistance <= allowed ? best : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
