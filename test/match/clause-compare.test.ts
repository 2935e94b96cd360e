// Issue 13: which judge of a clause's tense, aspect, modality and negation is right most often on
// the labelled corpus? Every occurrence of a lexicon row in a sentence that names a tracked
// agreement is one case; its label is whether a careful reader records that row's status from that
// sentence. Measured, not a ratchet: run it on purpose (figures in docs/clause-judge.md):
//   MEASURE_CLAUSE=1 npx vitest run test/match/clause-compare.test.ts
// Candidates load from the project's node_modules, or from CLAUSE_LIBS (a folder with
// node_modules holding compromise, wink-nlp and wink-eng-lite-web-model: `npm i --no-save` there).
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { explainArticle } from '../../src/match/index.js';
import type { CueDef } from '../../src/match/lexicon.js';
import { blocked, rowHits, wordGrammar, type ClauseGrammar, type GrammarJudge } from '../../src/match/status.js';
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

// ---------------------------------------------------------------- the candidates' grammar judges

const NONE: ClauseGrammar = { infinitive: false, question: false, conditional: false, future: false, modal: false, negated: false };
const CONDITIONAL_WORDS = new Set(['if', 'unless', 'whether', 'once', 'until', 'whenever', 'before']);
const MODAL_WORDS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', "'d"]);
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", 'wo']);
const NEG_WORDS = new Set(['not', "n't", 'never', 'no', 'none', 'neither', 'nor']);
const SUBORDINATORS = new Set(['after', 'since', 'when', 'because', 'as', 'though', 'although']);
const CLAUSE_STOP = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', 'that', 'which', 'who', 'while', 'but']);

function dirSize(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
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
  const t0 = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: the library's view types are loose
  const nlp = req('compromise') as (s: string) => any;
  const loadMs = performance.now() - t0;
  const root = join(req.resolve('compromise').split('/node_modules/compromise/')[0]!, 'node_modules');
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

function winkCandidate(): Candidate {
  const req = libRequire();
  const t0 = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: untyped CommonJS
  const winkNLP = req('wink-nlp') as (m: unknown) => any;
  const nlp = winkNLP(req('wink-eng-lite-web-model'));
  const loadMs = performance.now() - t0;
  const root = join(req.resolve('wink-nlp').split('/node_modules/wink-nlp/')[0]!, 'node_modules');
  const installBytes = ['wink-nlp', 'wink-eng-lite-web-model'].reduce((n, p) => n + dirSize(join(root, p)), 0);
  const its = nlp.its;
  const parse = cached((s: string) => {
    const doc = nlp.readDoc(s);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const at: number[] = [];
    let p = 0;
    values.forEach((v, i) => {
      p += spaces[i]!.length;
      const found = s.indexOf(v, p);
      if (found >= 0 && found - p < 3) p = found;
      at.push(p);
      p += v.length;
    });
    return { values: values.map((v) => v.toLowerCase()), pos, at };
  });
  const judge: GrammarJudge = (sentence, start, end) => {
    const { values, pos, at } = parse(sentence);
    let i0 = at.findIndex((a, i) => a + values[i]!.length > start);
    if (i0 < 0) return NONE;
    // A noun phrase or gerund ("negotiations on", "the signing of", "withdrawing") is judged by
    // the verb that governs it ("could include negotiations on", "would host the signing of").
    let anchor = i0;
    const verbal = (i: number): boolean => (pos[i] === 'VERB' && !values[i]!.endsWith('ing')) || pos[i] === 'AUX';
    let isVerbal = false;
    for (let i = i0; i < values.length && at[i]! < end; i++) if (verbal(i)) isVerbal = true;
    if (!isVerbal) {
      for (let j = i0 - 1; j >= 0 && i0 - j <= 6; j--) {
        if (CLAUSE_STOP.has(values[j]!) || pos[j] === 'PUNCT' || SUBORDINATORS.has(values[j]!)) break;
        if (pos[j] === 'VERB') {
          anchor = j;
          break;
        }
      }
    }
    // Back from there through its clause: a stop word or mark, a subordinator, or another
    // clause's main verb ("Japan has yet to ratify the pact it signed") ends it.
    const clause: number[] = [];
    for (let i = i0; i < values.length && at[i]! < end; i++) clause.push(i);
    for (let j = anchor - 1; j >= 0 && clause.length < 12; j--) {
      if (CLAUSE_STOP.has(values[j]!) || (pos[j] === 'PUNCT' && values[j] !== "'")) break;
      if (SUBORDINATORS.has(values[j]!)) break;
      if (pos[j] === 'VERB') break;
      clause.push(j);
      if (pos[j] === 'SCONJ') break;
    }
    // An infinitive's "to" comes before the row ("first to sign" is the row's own words).
    let k = anchor - 1;
    while (k >= 0 && pos[k] === 'ADV') k--;
    const has = (f: (j: number) => boolean): boolean => clause.some(f);
    const question = values.at(-1) === '?' || values.at(-2) === '?';
    return {
      infinitive: values[k] === 'to' || (values[k] === 'be' && values[k - 1] === 'to'),
      question,
      conditional: has((j) => CONDITIONAL_WORDS.has(values[j]!) && (pos[j] === 'SCONJ' || pos[j] === 'ADP' || pos[j] === 'ADV')),
      future: has((j) => pos[j] === 'AUX' && FUTURE_WORDS.has(values[j]!)) || has((j) => pos[j] === 'AUX' && /^(?:is|are)$/.test(values[j]!) && values[j + 1] === 'to'),
      modal: has((j) => pos[j] === 'AUX' && MODAL_WORDS.has(values[j]!)) || has((j) => /^(?:has|have|had|need|needs)$/.test(values[j]!) && values[j + 1] === 'to'),
      negated: has((j) => NEG_WORDS.has(values[j]!) || (values[j] === 'yet' && pos[j] === 'ADV')),
    };
  };
  return { name: 'wink-nlp', loadMs, installBytes, judge };
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
    rows.push(scoreJudge('today: word grammar + data rows', occ, today));
    rows.push(scoreJudge('word grammar alone', occ, (o) => grammarAsserts(wordGrammar(o.sentence, o.start, o.end), o.def)));
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
      ...candidates.map((c) => `${c.name}: load ${c.loadMs.toFixed(0)} ms, install ${(c.installBytes / 1e6).toFixed(1)} MB`),
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
