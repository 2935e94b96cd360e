// The words an expression cannot match without (shared/needles.ts): the gate may only skip an
// expression that would not have matched, so the notice vocabulary gives the same verdicts gated.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/shared/notices/index.js';
import {
  KIND_WORDS,
  LABELS,
  NOT_ABOUT_THIS_ARTICLE,
  PARENS,
  PREDICATES,
  STANDING,
  STATEMENTS,
  SUBJECTS,
  TAGS,
} from '../../src/shared/notices/vocabulary.js';
import { PatternGate, requiredClauses, requiredNeedles } from '../../src/shared/needles.js';

const sorted = (re: RegExp) => requiredNeedles(re)?.sort() ?? null;

describe('requiredNeedles', () => {
  it('reads literal runs, alternations and quantifiers', () => {
    expect(sorted(/\bwe\s+regret\b/iu)).toEqual(['regret']);
    expect(sorted(/(?:apologi[sz]e|regrets?)\b/iu)).toEqual(['apologi', 'regret']);
    expect(sorted(/abc+de/u)).toEqual(['abc']);
    expect(sorted(/ab?cdef/u)).toEqual(['cdef']);
    expect(sorted(/Correction:/u)).toEqual(['correction:']);
    expect(sorted(/x(?:one|two)+y/u)).toEqual(['one', 'two']);
    expect(sorted(/\u201Cquoted\u201D/u)).toEqual(['quoted']);
    expect(sorted(/a\.b\(c/u)).toEqual(['a.b(c']);
  });

  it('keeps every part a sequence requires, most selective first', () => {
    expect(requiredClauses(/\b(?:was|were)\s+(?:removed|deleted)\s+from\s+the\b/iu)).toEqual([['removed', 'deleted'], ['from'], ['the'], ['was', 'were']]);
    const gate = new PatternGate([/\bwas\s+removed\b/iu]);
    expect(gate.scan('It was there.').may(/\bwas\s+removed\b/iu)).toBe(true); // not built with this object
    const re = /\bwas\s+removed\b/iu;
    const g = new PatternGate([re]);
    expect(g.scan('It was there.').may(re)).toBe(false);
    expect(g.scan('It was removed.').may(re)).toBe(true);
    expect(g.scan('Removed, it was.').may(re)).toBe(true); // the gate is necessary, not sufficient
  });

  it('gives up where it cannot be sure', () => {
    // An empty alternative, an optional group, only classes, a lookaround, a back-reference.
    expect(requiredNeedles(/(?:word|)xyz/u)).toEqual(['xyz']);
    // Needles of one or two characters are in nearly every text: not kept.
    expect(requiredNeedles(/(?:word|)x/u)).toBeNull();
    expect(requiredNeedles(/(?:word|)/u)).toBeNull();
    expect(requiredNeedles(/(?:word)?/u)).toBeNull();
    expect(requiredNeedles(/[a-z]+\d/u)).toBeNull();
    expect(requiredNeedles(/(?=word)\w+/u)).toBeNull();
    expect(requiredNeedles(/(\w)\1/u)).toBeNull();
    // Stateful flags are never gated.
    expect(requiredNeedles(/word/gu)).toBeNull();
    expect(requiredNeedles(/word/y)).toBeNull();
    // Non-ASCII letters are not needles (their case may not survive lower-casing letter by letter).
    expect(requiredNeedles(/ÉÉ/iu)).toBeNull();
    expect(requiredNeedles(/ÉTÉ/iu)).toBeNull();
  });

  it('keeps what /iu folds: the long s and the Kelvin sign', () => {
    const gate = new PatternGate([/suspend/iu, /kilo/iu]);
    expect(/suspend/iu.test('\u017Fuspend')).toBe(true);
    expect(gate.scan('\u017Fuspend').may(/suspend/iu)).toBe(true);
    const kilo = /kilo/iu;
    const g2 = new PatternGate([kilo]);
    expect(kilo.test('\u212Ailo')).toBe(true);
    expect(g2.scan('\u212Ailo').may(kilo)).toBe(true);
  });
});

// Every notice set that is development data (never fresh5: the next blind part), and a part of
// the real news (NEEDLES_ALL=1: every set and part, 55 s under load, too long for the suite).
const NOTICE_SETS = (process.env.NEEDLES_ALL ? ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'blind', 'fresh', 'fresh2', 'fresh3', 'fresh4'] : ['dev', 'dev4', 'fresh4']);
const NEWS_PARTS = process.env.NEEDLES_ALL ? ['dev', 'dev4', 'blind', 'held', 'fresh', 'fresh2', 'fresh3', 'fresh4'] : ['dev'];

function corpusLines(): string[] {
  const root = path.join(import.meta.dirname, '..', 'fixtures');
  const lines = new Set<string>();
  const read = (dir: string) => {
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {
      return;
    }
    for (const f of files) {
      for (const raw of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        const line = raw.replace(/^\s*(?:-\s+)?(?:[a-z_]+:\s+)?["']?/u, '').replace(/["']\s*$/u, '');
        if (line.length >= 12) lines.add(line);
      }
    }
  };
  for (const s of NOTICE_SETS) read(path.join(root, 'notices', s));
  for (const p of NEWS_PARTS) read(path.join(root, 'realnews', p));
  return [...lines];
}

describe('the notice vocabulary, gated', () => {
  it('skips no row that matches, on every line and sentence of the notice and real-news fixtures', () => {
    const rows = [STANDING, LABELS, KIND_WORDS, SUBJECTS, STATEMENTS, PREDICATES, NOT_ABOUT_THIS_ARTICLE, TAGS, PARENS].flat();
    const gate = new PatternGate(rows.map((r) => r.pattern));
    const texts = corpusLines().flatMap((l) => [l, ...sentencesOf(l)]);
    expect(texts.length).toBeGreaterThan(2_000);
    const wrong: string[] = [];
    let skipped = 0;
    for (const text of texts) {
      const scan = gate.scan(text);
      for (const r of rows) {
        if (scan.may(r.pattern)) continue;
        skipped++;
        r.pattern.lastIndex = 0;
        if (r.pattern.test(text)) wrong.push(`${r.name}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
    // The gate does skip most rows on most texts.
    expect(skipped).toBeGreaterThan(texts.length * rows.length * 0.5);
  }, 300_000);
});
