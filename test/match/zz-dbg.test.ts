import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from 'yaml';
import { compileCatalogue, matchArticle } from '/work/main/src/match/index.js';
import { findCues } from '/work/main/src/match/status.js';
import { findCountries } from '/work/main/src/match/countries.js';
const catalogue = compileCatalogue(parse(readFileSync('/work/main/test/fixtures/match/catalogue.yaml','utf8')));
const cases = parse(readFileSync('/work/main/test/fixtures/match/eval-sentences.yaml','utf8'));
it('dbg', () => {
  for (const id of (process.env.IDS ?? '').split(',')) {
    const c = cases.find((x: any) => x.id === id);
    const r = matchArticle({ title: c.title ?? '', paragraphs: [c.context ? c.context + ' ' + c.sentence : c.sentence, ...(c.after ?? [])], publishedAt: c.publishedAt }, catalogue);
    console.log(id, JSON.stringify(findCues(c.sentence, false)), JSON.stringify(findCountries(c.sentence, catalogue.countries).map(h=>h.country)), JSON.stringify(r, null, 0));
  }
});
