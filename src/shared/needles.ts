// Literal words a regular expression cannot match without, read from its source, and a gate that
// skips the expressions whose words a text lacks. Rules are tables of expressions (the notice
// vocabulary has ~240), and most texts hold none of most rows' words: finding every row's words in
// one pass over the text and testing only the rows that could hold gives the same answers as
// testing every row, at a fraction of the cost.
//
// Exactness: `requiredNeedles(re)` returns a set of strings of which any match of `re` contains at
// least one (lower-cased), or null when it cannot tell. It only reads what it understands
// (literal ASCII characters, groups, alternation, quantifiers) and gives up (null) on anything
// else, so a row it cannot read is always tested. Needles are lower-cased ASCII and the text is
// lower-cased too (a case-insensitive expression matching "We" leaves "we" in the lower-cased
// text; so does one that is case-sensitive), with U+017F (long s), which /iu matches as "s" but
// which lower-cases to itself, folded to "s" (U+212A, the Kelvin sign, lower-cases to "k").

import { NeedleSet } from './needle-set.js';

/** More alternatives than this and a set says too little to be worth it. */
const MAX_NEEDLES = 48;

type Needles = Set<string> | null;

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

/** A parser for the subset of JavaScript's pattern syntax the analysis needs; throws Unreadable on the rest. */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

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
      const m = /^\{(\d+)(?:,(\d*))?\}/u.exec(s.slice(this.i));
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

/** The better of two requirements: longer shortest needle, then fewer needles. */
function better(a: Set<string>, b: Set<string> | null): boolean {
  if (b === null) return true;
  const la = Math.min(...[...a].map((n) => n.length));
  const lb = Math.min(...[...b].map((n) => n.length));
  return la !== lb ? la > lb : a.size < b.size;
}

function ofAlternation(alt: Alternation): Needles {
  const out = new Set<string>();
  for (const seq of alt.alternatives) {
    const r = ofSequence(seq);
    if (r === null) return null;
    for (const n of r) out.add(n);
    if (out.size > MAX_NEEDLES) return null;
  }
  return out;
}

function ofSequence(seq: Sequence): Needles {
  let best: Set<string> | null = null;
  let run = '';
  const endRun = () => {
    if (run !== '') {
      const s = new Set([run]);
      if (better(s, best)) best = s;
    }
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
    if (el.atom.kind === 'group') {
      const r = ofAlternation(el.atom.body);
      if (r !== null && r.size > 0 && ![...r].includes('') && better(r, best)) best = r;
    }
  }
  endRun();
  return best;
}

/**
 * Lower-cased strings of which every match of `re` contains at least one (in the lower-cased
 * text, see `gateText`); null when the source says nothing certain (then the expression must
 * always be tried).
 */
export function requiredNeedles(re: RegExp): string[] | null {
  // Sticky and global expressions carry state between calls; `v` mode has a class syntax of its own.
  if (re.sticky || re.global || re.flags.includes('v')) return null;
  try {
    const r = ofAlternation(new Reader(re.source, re.unicode).parse());
    return r === null || r.size === 0 ? null : [...r];
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** The text as the needles are looked for in it. */
export function gateText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017F') ? lower.replaceAll('\u017F', 's') : lower;
}

/** Which expressions of a fixed list could match a text, found in one pass over it. */
export class PatternGate {
  private readonly set: NeedleSet;
  /** Per expression, the indices of its needles in `set`; null: always tried. */
  private readonly needlesOf = new Map<RegExp, number[] | null>();

  constructor(patterns: Iterable<RegExp>) {
    const index = new Map<string, number>();
    for (const re of patterns) {
      if (this.needlesOf.has(re)) continue;
      const needles = requiredNeedles(re);
      this.needlesOf.set(
        re,
        needles?.map((n) => {
          let k = index.get(n);
          if (k === undefined) index.set(n, (k = index.size));
          return k;
        }) ?? null,
      );
    }
    this.set = new NeedleSet([...index.keys()]);
  }

  /** The needles found in `text`: ask `may` of it for each expression. */
  scan(text: string): GateScan {
    return new GateScan(this.set.find(gateText(text)), this.needlesOf);
  }
}

export class GateScan {
  constructor(
    private readonly found: Uint8Array | null,
    private readonly needlesOf: ReadonlyMap<RegExp, number[] | null>,
  ) {}

  /** False only when `re` cannot match the scanned text; an expression the gate was not built with may. */
  may(re: RegExp): boolean {
    const needles = this.needlesOf.get(re);
    if (needles === undefined || needles === null) return true;
    const found = this.found;
    if (found === null) return false;
    for (const k of needles) if (found[k] === 1) return true;
    return false;
  }

  /** `re.test(text)` where `text` is the scanned text, skipped when the gate rules it out. */
  test(re: RegExp, text: string): boolean {
    return this.may(re) && re.test(text);
  }
}
