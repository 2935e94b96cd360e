// Literal words a regular expression cannot match without, read from its source, and a gate that
// skips the expressions whose words a text lacks. Rules are tables of expressions (the notice
// vocabulary has ~240), and most texts hold none of most rows' words: finding every row's words in
// one pass over the text and testing only the rows that could hold gives the same answers as
// testing every row, at a fraction of the cost.
//
// Exactness: `requiredClauses(re)` returns sets of strings such that any match of `re` contains at
// least one string of each set (lower-cased), or null when it cannot tell. It only reads what it understands
// (literal ASCII characters, groups, alternation, quantifiers) and gives up (null) on anything
// else, so a row it cannot read is always tested. Needles are lower-cased ASCII and the text is
// lower-cased too (a case-insensitive expression matching "We" leaves "we" in the lower-cased
// text; so does one that is case-sensitive), with U+017F (long s), which /iu matches as "s" but
// which lower-cases to itself, folded to "s" (U+212A, the Kelvin sign, lower-cases to "k").

import { NeedleSet } from './needle-set.js';

/** More alternatives than this and a set says too little to be worth it. */
const MAX_NEEDLES = 160;

type Clause = Set<string>;

interface Alternation {
  alternatives: Sequence[];
}
type Atom =
  | { kind: 'char'; char: string }
  | { kind: 'group'; body: Alternation }
  /** Lookarounds, assertions, classes, `.`, back-references, non-ASCII characters: read as "anything". */
  | { kind: 'other' };
interface Element {
  atom: Atom;
  min: number;
  /** A quantifier other than exactly once. */
  quantified: boolean;
}
type Sequence = Element[];

class Unreadable extends Error {}

/** Groups read so far, by their source (unicode mode apart): the same text reads the same. */
const GROUPS = new Map<string, Atom>();
const GROUPS_U = new Map<string, Atom>();

/** A counted quantifier, read where the reader stands. */
const BRACES = /\{(\d+)(?:,(\d*))?\}/uy;

/** A parser for the subset of JavaScript's pattern syntax the analysis needs; throws Unreadable on the rest. */
class Reader {
  private i = 0;
  /** Where each "(" closes: a group read before (in any expression) is not read again. */
  private readonly closes = new Map<number, number>();

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {
    const open: number[] = [];
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '[') {
        i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      } else if (c === '(') open.push(i);
      else if (c === ')') {
        const at = open.pop();
        if (at === undefined) throw new Unreadable('unbalanced');
        this.closes.set(at, i);
      }
    }
    if (open.length > 0) throw new Unreadable('unbalanced');
  }

  parse(): Alternation {
    const alt = this.alternation();
    if (this.i !== this.src.length) throw new Unreadable('unbalanced');
    return alt;
  }

  private alternation(): Alternation {
    const alternatives: Sequence[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    return { alternatives };
  }

  private sequence(): Sequence {
    const out: Sequence = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      out.push({ atom, min: q?.min ?? 1, quantified: q !== null });
    }
    return out;
  }

  private atom(): Atom {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      // The vocabulary repeats its building blocks (the piece nouns, dates) in many rows.
      const close = this.closes.get(this.i)!;
      const groups = this.unicode ? GROUPS_U : GROUPS;
      const key = s.slice(this.i, close + 1);
      let atom = groups.get(key);
      if (atom === undefined) {
        atom = this.group();
        if (this.i !== close + 1) throw new Unreadable('group');
        groups.set(key, atom);
      }
      this.i = close + 1;
      return atom;
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i] !== ']') throw new Unreadable('unclosed class');
      this.i++;
      return { kind: 'other' };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unreadable('stray quantifier');
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    if (c === '{' || c === '}' || c === ']') {
      if (this.unicode) throw new Unreadable('brace');
      return { kind: 'char', char: c };
    }
    return literal(c);
  }

  private group(): Atom {
    const s = this.src;
    this.i++;
    let lookaround = false;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (s.startsWith('?<', this.i)) {
      const end = s.indexOf('>', this.i);
      if (end < 0) throw new Unreadable('group name');
      this.i = end + 1;
    } else if (s[this.i] === '?') throw new Unreadable('group modifier');
    const body = this.alternation();
    if (s[this.i] !== ')') throw new Unreadable('unclosed group');
    this.i++;
    // A lookaround consumes nothing: what it requires need not lie where the match is read.
    return lookaround ? { kind: 'other' } : { kind: 'group', body };
  }

  private escape(): Atom {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === undefined) throw new Unreadable('trailing backslash');
    this.i += 2;
    if ('dDwWsSbBpPk'.includes(c)) {
      if ((c === 'p' || c === 'P') && this.unicode) this.skipBraces();
      else if (c === 'k' && s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
      return { kind: 'other' };
    }
    if (c >= '0' && c <= '9') {
      // Back-references (and octal escapes outside unicode mode): the text they match is unknown here.
      while (/[0-9]/u.test(s[this.i] ?? '')) this.i++;
      return { kind: 'other' };
    }
    if (c === 'x') {
      const hex = s.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/u.test(hex)) throw new Unreadable('\\x');
      this.i += 2;
      return literal(String.fromCharCode(Number.parseInt(hex, 16)));
    }
    if (c === 'u') {
      if (s[this.i] === '{') {
        if (!this.unicode) throw new Unreadable('\\u{ outside unicode mode');
        const end = s.indexOf('}', this.i);
        if (end < 0) throw new Unreadable('\\u{');
        const code = Number.parseInt(s.slice(this.i + 1, end), 16);
        this.i = end + 1;
        return literal(String.fromCodePoint(code));
      }
      const hex = s.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/u.test(hex)) throw new Unreadable('\\u');
      this.i += 4;
      return literal(String.fromCharCode(Number.parseInt(hex, 16)));
    }
    if ('nrtvf'.includes(c)) return { kind: 'other' };
    if (c === 'c') throw new Unreadable('\\c');
    // An identity escape: "\." is ".", "\(" is "(".
    if (/[A-Za-z]/u.test(c)) throw new Unreadable(`\\${c}`);
    return literal(c);
  }

  private skipBraces(): void {
    if (this.src[this.i] !== '{') throw new Unreadable('\\p');
    this.i = this.src.indexOf('}', this.i) + 1;
    if (this.i === 0) throw new Unreadable('\\p');
  }

  private quantifier(): { min: number } | null {
    const s = this.src;
    const c = s[this.i];
    let min: number;
    if (c === '*' || c === '?') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      min = 1;
      this.i++;
    } else if (c === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(s);
      if (!m) {
        if (this.unicode) throw new Unreadable('brace');
        return null; // a literal "{", read as the next atom
      }
      min = Number(m[1]);
      this.i += m[0].length;
    } else return null;
    if (s[this.i] === '?') this.i++; // lazy
    return { min };
  }
}

/** A literal character: ASCII only (a needle's case must survive lower-casing letter by letter). */
function literal(c: string): Atom {
  return c.charCodeAt(0) < 128 && c.length === 1 ? { kind: 'char', char: c.toLowerCase() } : { kind: 'other' };
}

/** How selective a clause is: its shortest needle, then (negated) how many needles it has. */
function weaker(a: Clause, b: Clause): boolean {
  let la = Number.POSITIVE_INFINITY;
  for (const n of a) la = Math.min(la, n.length);
  let lb = Number.POSITIVE_INFINITY;
  for (const n of b) lb = Math.min(lb, n.length);
  return la !== lb ? la < lb : a.size > b.size;
}

function strongest(clauses: readonly Clause[]): Clause | null {
  let best: Clause | null = null;
  for (const c of clauses) if (best === null || weaker(best, c)) best = c;
  return best;
}

/**
 * Clauses every match satisfies: each clause a set of needles of which the match contains at
 * least one. A sequence requires all its parts' clauses; alternatives require, together, one
 * clause made of each alternative's strongest.
 */
const CLAUSES = new WeakMap<Alternation, Clause[]>();

function ofAlternation(alt: Alternation): Clause[] {
  let clauses = CLAUSES.get(alt);
  if (clauses === undefined) {
    clauses = clausesOfAlternation(alt);
    CLAUSES.set(alt, clauses);
  }
  return clauses;
}

function clausesOfAlternation(alt: Alternation): Clause[] {
  if (alt.alternatives.length === 1) return ofSequence(alt.alternatives[0]!);
  const union: Clause = new Set<string>();
  for (const seq of alt.alternatives) {
    const best = strongest(ofSequence(seq));
    if (best === null) return [];
    for (const n of best) union.add(n);
    if (union.size > MAX_NEEDLES) return [];
  }
  return [union];
}

function ofSequence(seq: Sequence): Clause[] {
  const clauses: Clause[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') clauses.push(new Set([run]));
    run = '';
  };
  for (const el of seq) {
    if (el.min === 0) {
      endRun();
      continue;
    }
    if (el.atom.kind === 'char') {
      run += el.atom.char;
      // "ab+c": "ab" is there, but what follows the first "b" may be another "b".
      if (el.quantified) endRun();
      continue;
    }
    endRun();
    if (el.atom.kind === 'group') clauses.push(...ofAlternation(el.atom.body));
  }
  endRun();
  return clauses;
}

const MIN_NEEDLE = 3;
/** The clauses kept per expression: its most selective ones. */
const MAX_CLAUSES = 4;

/**
 * What every match of `re` contains: clauses of lower-cased needles (in the lower-cased text, see
 * `gateText`), each clause met by at least one of its needles; null when the source says nothing
 * certain (then the expression must always be tried).
 */
export function requiredClauses(re: RegExp): string[][] | null {
  // Sticky and global expressions carry state between calls; `v` mode has a class syntax of its own.
  if (re.sticky || re.global || re.flags.includes('v')) return null;
  let clauses: Clause[];
  try {
    clauses = ofAlternation(new Reader(re.source, re.unicode).parse());
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
  // A needle of one or two characters ("a", "'s") is in nearly every text, and costs a scan of its own.
  const kept = clauses.filter((c) => c.size > 0 && [...c].every((n) => n.length >= MIN_NEEDLE)).sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0));
  return kept.length === 0 ? null : kept.slice(0, MAX_CLAUSES).map((c) => [...c]);
}

/** The needles of the expression's most selective clause (one of them is in every match), or null. */
export function requiredNeedles(re: RegExp): string[] | null {
  return requiredClauses(re)?.[0] ?? null;
}

/** The text as the needles are looked for in it. */
export function gateText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017F') ? lower.replaceAll('\u017F', 's') : lower;
}

/** Which expressions of a fixed list could match a text, found in one pass over it. */
export class PatternGate {
  private readonly set: NeedleSet;
  /** Per expression, its clauses as indices of needles in `set`; null: always tried. */
  private readonly clausesOf = new Map<RegExp, number[][] | null>();

  constructor(patterns: Iterable<RegExp>) {
    const index = new Map<string, number>();
    const indexOf = (n: string): number => {
      let k = index.get(n);
      if (k === undefined) {
        k = index.size;
        index.set(n, k);
      }
      return k;
    };
    for (const re of patterns) {
      if (!this.clausesOf.has(re)) this.clausesOf.set(re, requiredClauses(re)?.map((c) => c.map(indexOf)) ?? null);
    }
    this.set = new NeedleSet([...index.keys()]);
  }

  /** The needles found in `text`: ask `may` of it for each expression. */
  scan(text: string): GateScan {
    return new GateScan(this.set.find(gateText(text)), this.clausesOf);
  }
}

export class GateScan {
  constructor(
    private readonly found: Uint8Array | null,
    private readonly clausesOf: ReadonlyMap<RegExp, number[][] | null>,
  ) {}

  /** False only when `re` cannot match the scanned text; an expression the gate was not built with may. */
  may(re: RegExp): boolean {
    const clauses = this.clausesOf.get(re);
    if (clauses === undefined || clauses === null) return true;
    const found = this.found;
    if (found === null) return false;
    clause: for (const c of clauses) {
      for (const k of c) if (found[k] === 1) continue clause;
      return false;
    }
    return true;
  }

  /** `re.test(text)` where `text` is the scanned text, skipped when the gate rules it out. */
  test(re: RegExp, text: string): boolean {
    return this.may(re) && re.test(text);
  }
}
