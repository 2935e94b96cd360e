// Issue 13: which judge of a clause's tense, aspect, modality and negation is right most often on
// the labelled corpus? Every occurrence of a lexicon row in a sentence that names a tracked
// agreement is one case; its label is whether a careful reader records that row's status from that
// sentence. Measured, not a ratchet: run it on purpose (figures in docs/clause-judge.md):
//   MEASURE_CLAUSE=1 npx vitest run test/match/clause-compare.test.ts
// Candidates load from the project's node_modules, or from CLAUSE_LIBS (a folder with
// node_modules holding compromise, wink-nlp and wink-eng-lite-web-model: `npm i --no-save` there).
import { readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { explainArticle } from '../../src/match/index.js';
import type { CueDef } from '../../src/match/lexicon.js';
import { clauseGrammar, type ClauseGrammar } from '../../src/match/clause.js';
import { blocked, clauseBefore, rowHits, type GrammarJudge } from '../../src/match/status.js';
import { loadSet } from './evaluation.js';
import { loadRealNews } from './labelled-sets.js';

interface Occurrence {
  set: string;
  sentence: string;
  start: number;
  end: number;
  def: CueDef;
  asserted: boolean;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function corpus(): Occurrence[] {
  const out: Occurrence[] = [];
  for (const part of ['dev', 'blind', 'held'] as const) {
    for (const f of loadRealNews(part)) {
      for (const a of f.articles) {
        const trace = explainArticle({ title: a.title, paragraphs: a.paragraphs, publishedAt: String(a.publishedAt) }, f.catalogue);
        for (const t of trace) {
          if (t.mentions.length === 0) continue;
          const text = norm(t.text);
          const statuses = new Set((a.events ?? []).filter((e) => e.quote && (norm(e.quote).includes(text) || text.includes(norm(e.quote)))).map((e) => e.status));
          for (const h of rowHits(t.text, t.isTitle)) {
            if (h.def.proform) continue;
            out.push({ set: `realnews-${part}`, sentence: t.text, start: h.start, end: h.end, def: h.def, asserted: statuses.has(h.status) });
          }
        }
      }
    }
  }
  for (const name of ['eval', 'holdout', 'blind2', 'blind3', 'blind4']) {
    const set = loadSet(name === 'eval' ? 'catalogue.yaml' : `${name}-catalogue.yaml`, `${name}-sentences.yaml`);
    for (const c of set.cases) {
      const paragraph = c.context ? `${c.context} ${c.sentence}` : c.sentence;
      const trace = explainArticle({ title: c.title ?? '', paragraphs: [paragraph, ...(c.after ?? [])], publishedAt: c.publishedAt }, set.catalogue);
      const t = trace.find((x) => x.text === c.sentence);
      if (!t || t.mentions.length === 0) continue;
      const statuses = new Set(c.expect.map((e) => e[1]));
      for (const h of rowHits(t.text, false)) {
        if (h.def.proform) continue;
        out.push({ set: name, sentence: t.text, start: h.start, end: h.end, def: h.def, asserted: statuses.has(h.status) });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- the hand-written judge it replaced
// Kept here only as the baseline of the measurement (issue 13): words of the clause, by hand.
const W_FUTURE = /\b(?:will|shall|Will)\b/;
const W_MODAL = /\b(?:would|could|might|may|should|must|can|cannot|be|Should|Would|Could|Must)\b|\bhas\s+to\b|\bhave\s+to\b/;
const W_CONDITIONAL = /\b(?:if|If|unless|Unless|whether|Whether|once|Once|until|Until|whenever|before|Before)\b/;
const W_NEGATION = /\b(?:not|never|yet)\b|n't\b/;
const W_NO = /\b(?:no|neither|nor)\b/;
const NEGATED_SUBJECT = /^(?:\s*(?:but|and)\s+)?(?:No|no|None|none|Neither|neither)\b[^,;]*$/;
const SUBORDINATE = /\b(?:since|after|when|because|as)\s+(?=(?:it|they|the|its|their|this|[A-Z])\b)/g;
const REALISED_INFINITIVE = /\b(?:agreed|decided|voted|moved|agree|agrees|decides)\s+to\s*$/;

const wordGrammar: GrammarJudge = (sentence, start) => {
  const clause = clauseBefore(sentence, start);
  let own = clause;
  if (/\b(?:since|after|when|because|as)\s/.test(clause)) for (const m of clause.matchAll(SUBORDINATE)) own = clause.slice(m.index);
  const window = own.trim().split(/\s+/).filter(Boolean).slice(-5).join(' ').replace(REALISED_INFINITIVE, '');
  const negWords = W_NEGATION.test(window);
  const no = W_NO.test(window);
  return {
    infinitive: /\bto\s+(?:\w+ly\s+)?$/.test(clause),
    question: false,
    conditional: W_CONDITIONAL.test(window),
    future: W_FUTURE.test(window),
    modal: W_MODAL.test(window) || (no && !negWords && !NEGATED_SUBJECT.test(clause)),
    negated: negWords || (no && NEGATED_SUBJECT.test(clause)),
  };
};

// ---------------------------------------------------------------- the candidates' grammar judges

const NONE: ClauseGrammar = { infinitive: false, question: false, conditional: false, future: false, modal: false, negated: false };
const CONDITIONAL_WORDS = new Set(['if', 'unless', 'whether', 'once', 'until', 'whenever', 'before']);
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", 'wo']);

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

/** Milliseconds a fresh Node process takes to require `code`'s packages (from `dir`'s node_modules). */
function loadTime(dir: string, code: string): number {
  const out = execFileSync(process.execPath, ['-e', `const t=performance.now();${code};console.log(performance.now()-t)`], { cwd: dir, encoding: 'utf8' });
  return Number(out.trim());
}

interface Candidate {
  name: string;
  loadMs: number;
  installBytes: number;
  judge: GrammarJudge;
}

function libRequire(): NodeRequire {
  return createRequire(process.env.CLAUSE_LIBS ? join(process.env.CLAUSE_LIBS, 'x.js') : import.meta.url);
}

/** The last parse, reused for the next occurrence in the same sentence. */
function cached<T>(parse: (s: string) => T): (s: string) => T {
  let last: { s: string; v: T } | null = null;
  return (s) => {
    if (last?.s !== s) last = { s, v: parse(s) };
    return last.v;
  };
}

function compromiseCandidate(): Candidate {
  const req = libRequire();
  // biome-ignore lint/suspicious/noExplicitAny: the library's view types are loose
  const nlp = req('compromise') as (s: string) => any;
  const root = join(req.resolve('compromise').split('/node_modules/compromise/')[0]!, 'node_modules');
  const loadMs = loadTime(join(root, '..'), "require('compromise')('x')");
  const installBytes = ['compromise', 'efrt', 'grad-school', 'suffix-thumb'].reduce((n, p) => n + dirSize(join(root, p)), 0);
  const parse = cached((s: string) => {
    const doc = nlp(s);
    // biome-ignore lint/suspicious/noExplicitAny: library JSON
    const clauses = doc.clauses().json({ offset: true }) as any[];
    return { question: doc.questions().found as boolean, clauses, doc };
  });
  const judge: GrammarJudge = (sentence, start, end) => {
    const p = parse(sentence);
    // biome-ignore lint/suspicious/noExplicitAny: library JSON
    const termStart = (t: any): number => t.offset.start;
    // biome-ignore lint/suspicious/noExplicitAny: library JSON
    const clause = p.clauses.find((c: any) => c.terms.length > 0 && termStart(c.terms[0]) <= start && termStart(c.terms.at(-1)) + c.terms.at(-1).offset.length >= start);
    if (!clause) return { ...NONE, question: p.question };
    // biome-ignore lint/suspicious/noExplicitAny: library JSON
    const terms = clause.terms as any[];
    const before = terms.filter((t) => termStart(t) < end);
    const firstWord = String(terms[0].normal ?? '').toLowerCase();
    // biome-ignore lint/suspicious/noExplicitAny: library JSON
    const vps = p.doc.verbs().json({ offset: true }) as any[];
    const vp = vps.find((v) => {
      const a = termStart(v.terms[0]);
      const last = v.terms.at(-1);
      return a < end && termStart(last) + last.offset.length > start;
    });
    const g = vp?.verb?.grammar ?? {};
    const aux = String(vp?.verb?.auxiliary ?? '').toLowerCase();
    const head = vp ? termStart(vp.terms[0]) : start;
    const prev = before.filter((t) => termStart(t) < Math.min(head, start)).at(-1);
    return {
      infinitive: g.isInfinitive === true || prev?.normal === 'to',
      question: p.question,
      conditional: CONDITIONAL_WORDS.has(firstWord),
      future: g.tense === 'FutureTense' || /\b(?:will|shall)\b/.test(aux),
      modal: /modal/.test(String(g.form ?? '')) || before.some((t) => t.tags.includes('Modal') && !FUTURE_WORDS.has(t.normal)),
      negated: vp?.verb?.negative === true || before.some((t) => t.tags.includes('Negative')),
    };
  };
  return { name: 'compromise', loadMs, installBytes, judge };
}

/** The adopted judge (src/match/clause.ts), over wink-nlp's tags. */
function winkCandidate(): Candidate {
  const req = createRequire(import.meta.url);
  const root = join(req.resolve('wink-nlp').split('/node_modules/wink-nlp/')[0]!, 'node_modules');
  const loadMs = loadTime(join(root, '..'), "require('wink-nlp')(require('wink-eng-lite-web-model')).readDoc('x')");
  const installBytes = ['wink-nlp', 'wink-eng-lite-web-model'].reduce((n, p) => n + dirSize(join(root, p)), 0);
  return { name: 'wink-nlp', loadMs, installBytes, judge: clauseGrammar };
}

// ---------------------------------------------------------------- scoring

/** The grammar alone: a row counts when its clause is a plain statement (the future is a scheduled row's point). */
function grammarAsserts(g: ClauseGrammar, def: CueDef): boolean {
  if (g.infinitive || g.question || g.conditional || g.modal || g.negated) return false;
  return !g.future || def.kind === 'scheduled';
}

interface Row {
  judge: string;
  n: number;
  right: number;
  falseAssert: number;
  missed: number;
  msPerSentence: number;
}

function scoreJudge(name: string, occ: Occurrence[], asserts: (o: Occurrence) => boolean): Row {
  let right = 0;
  let falseAssert = 0;
  let missed = 0;
  const sentences = new Set(occ.map((o) => o.sentence)).size;
  const t0 = performance.now();
  const decisions = occ.map(asserts);
  const ms = performance.now() - t0;
  occ.forEach((o, i) => {
    const d = decisions[i]!;
    if (d === o.asserted) right++;
    else if (d) falseAssert++;
    else missed++;
  });
  return { judge: name, n: occ.length, right, falseAssert, missed, msPerSentence: ms / sentences };
}

describe.skipIf(process.env.MEASURE_CLAUSE !== '1')('clause judges on the labelled corpus', () => {
  it('prints the comparison', () => {
    const occ = corpus();
    const candidates: Candidate[] = [];
    for (const make of [compromiseCandidate, winkCandidate]) {
      try {
        candidates.push(make());
      } catch (e) {
        console.log(`skipped a candidate: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    const rows: Row[] = [];
    const today = (o: Occurrence): boolean => blocked(o.sentence, o, o.def, wordGrammar) === null;
    rows.push(scoreJudge('hand-written word grammar + data rows (before)', occ, today));
    rows.push(scoreJudge('hand-written word grammar alone', occ, (o) => grammarAsserts(wordGrammar(o.sentence, o.start, o.end), o.def)));
    for (const c of candidates) {
      rows.push(scoreJudge(`${c.name} alone`, occ, (o) => grammarAsserts(c.judge(o.sentence, o.start, o.end), o.def)));
      rows.push(scoreJudge(`${c.name} grammar + data rows`, occ, (o) => blocked(o.sentence, o, o.def, c.judge) === null));
    }
    const sets = new Map<string, number>();
    for (const o of occ) sets.set(o.set, (sets.get(o.set) ?? 0) + 1);
    const lines = [
      `${occ.length} row occurrences in ${new Set(occ.map((o) => o.sentence)).size} sentences (${[...sets].map(([k, v]) => `${k} ${v}`).join(', ')}); asserted by the labels: ${occ.filter((o) => o.asserted).length}`,
      '| judge | accuracy | false assertions | missed assertions | ms per sentence |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.judge} | ${(r.right / r.n).toFixed(3)} | ${r.falseAssert} | ${r.missed} | ${r.msPerSentence.toFixed(3)} |`),
      ...candidates.map((c) => `${c.name}: load ${c.loadMs.toFixed(0)} ms in a fresh process, install ${(c.installBytes / 1e6).toFixed(1)} MB`),
    ];
    console.log(lines.join('\n'));
    if (process.env.MEASURE_CLAUSE_DIFF) {
      const c = candidates.find((x) => x.name === process.env.MEASURE_CLAUSE_DIFF)!;
      for (const o of occ) {
        const a = blocked(o.sentence, o, o.def, wordGrammar);
        const b = blocked(o.sentence, o, o.def, c.judge);
        if ((a === null) !== (b === null)) console.log(`${o.asserted ? 'LABEL+' : 'LABEL-'} today=${a ?? 'ok'} ${c.name}=${b ?? 'ok'} ${JSON.stringify(c.judge(o.sentence, o.start, o.end))} [${o.sentence.slice(o.start, o.end)}] ${o.sentence.slice(Math.max(0, o.start - 90), o.end + 30)}`);
      }
    }
  }, 600_000);
});
