import { appendFileSync } from 'node:fs';
import { it } from 'vitest';
import { explainArticle } from '../../src/match/index.js';
import { loadRealNews } from './labelled-sets.js';

it('explain', () => {
  const ids = (process.env.IDS ?? '').split(',');
  for (const part of ['dev', 'blind', 'held', 'fresh', 'fresh2'] as const) {
    for (const f of loadRealNews(part)) for (const a of f.articles) {
      if (!ids.includes(a.id)) continue;
      const tr = explainArticle({ title: a.title, paragraphs: a.paragraphs, publishedAt: String(a.publishedAt) }, f.catalogue);
      const want = process.env.GREP ? new RegExp(process.env.GREP, 'i') : null;
      for (const s of tr) {
        if (want && !want.test(s.text)) continue;
        appendFileSync('/tmp/h13g/explain.txt', `--- ${a.id} ${a.publishedAt}\n${s.text}\n  mentions: ${JSON.stringify(s.mentions)}\n  findings: ${s.findings.map((x) => `${x.agreementId} ${x.status} ${x.date} ${x.party ?? ''} [${x.rule}] ${x.denied ? 'DENIED' : ''}`).join('; ')}\n  stopped: ${JSON.stringify(s.stopped)}\n`);
      }
    }
  }
});
