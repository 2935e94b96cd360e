import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from 'yaml';
import { compileCatalogue, matchArticle } from '/work/main/src/match/index.js';
const catalogue = compileCatalogue(parse(readFileSync('/work/main/test/fixtures/match/catalogue.yaml','utf8')));
const arts = parse(readFileSync('/work/main/test/fixtures/match/seed-paraphrase-articles.yaml','utf8'));
it('dbg', () => {
  for (const a of arts) {
    const r = matchArticle(a, catalogue);
    console.log('== ' + a.id);
    for (const f of r.findings) console.log(f.agreementId, f.status, f.date, f.dateSource, f.party, '|', f.quote.slice(0, 90));
  }
});
