// Ordinary news raises no notice: every article of the match stage's real-news corpus
// (test/fixtures/realnews/*/, paraphrased articles about agreements, 1,722 articles) is read by the
// diff stage's notice finder as a version of its own. Only the notices the articles really carry are
// found — a wire headline's "CORRECTED:" tag and a Yonhap "(LEAD)" counter. A new vocabulary row that
// reads news prose as a notice fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { findNotices } from '../../src/diff/index.js';

const ROOT = fileURLToPath(new URL('../fixtures/realnews/', import.meta.url));

/** The notices the articles really carry, by article id. */
const CARRIED: Record<string, string[]> = {
  'blind-06-011': ['correction CORRECTED:'],
  'trade-04-011': ['update (LEAD)'],
  // A dateline's update tag as the outlet printed it ("MANILA, Philippines (UPDATE) - …").
  'fresh4-b12-001': ['update (UPDATE)'],
  // An analysis page's dated update paragraph at its top, added when the signing it foretold took place.
  'fresh6-b13-001': [
    'update Update, September 8, 2006: the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a treaty establishing a Central Asian Nuclear Weapon Free Zone (CANWFZ) on September 8, 2006, despite objections from the United States, Britain and France.',
  ],
};

it('finds no notice in ordinary news but the ones the articles carry', () => {
  const found: Record<string, string[]> = {};
  let articles = 0;
  for (const part of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(`${ROOT}${part.name}`).filter((f) => f.endsWith('.yaml'))) {
      const doc = parse(readFileSync(`${ROOT}${part.name}/${file}`, 'utf8')) as {
        articles?: Array<{ id: string; title: string; paragraphs: string[] }>;
      };
      for (const a of doc.articles ?? []) {
        articles++;
        const notices = findNotices({ title: a.title, paragraphs: a.paragraphs });
        if (notices.length > 0) found[a.id] = notices.map((n) => `${n.kind} ${n.note}`);
      }
    }
  }
  expect(articles).toBeGreaterThan(800);
  expect(found).toEqual(CARRIED);
});
