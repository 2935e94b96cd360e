// Every labelled set of the match stage as one list of cases: an article, the catalogue it is
// matched against, and (for sentence sets) the sentence whose findings count. The golden ratchet
// and the real-news scorer both read it, so a set added here is measured and pinned at once.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compileCatalogue, resolveCountry, type Catalogue } from '../../src/match/index.js';
import type { AgreementConfig, ArticleForMatch } from '../../src/types.js';
import { fixture, loadSet } from './evaluation.js';

export interface LabelledCase {
  id: string;
  article: ArticleForMatch;
  catalogue: Catalogue;
  /** For sentence sets: only findings quoting this sentence count. */
  sentence?: string;
}

export interface LabelledSet {
  name: string;
  cases: LabelledCase[];
}

function sentenceSet(name: string, catalogueFile: string, sentencesFile: string): LabelledSet {
  const set = loadSet(catalogueFile, sentencesFile);
  return {
    name,
    cases: set.cases.map((c) => ({
      id: c.id,
      article: {
        title: c.title ?? '',
        paragraphs: [c.context ? `${c.context} ${c.sentence}` : c.sentence, ...(c.after ?? [])],
        publishedAt: c.publishedAt,
      },
      catalogue: set.catalogue,
      sentence: c.sentence,
    })),
  };
}

interface PhenomenaFile {
  sentences: Array<{ id: string; publishedAt: string; title?: string; sentence: string }>;
  articles: Array<{ id: string; publishedAt: string; title: string; paragraphs: string[] }>;
  agreements?: AgreementConfig[];
}

function phenomena(): LabelledSet[] {
  const data = parse(fixture('phenomena.yaml')) as PhenomenaFile;
  const wide = compileCatalogue([...(parse(fixture('holdout-catalogue.yaml')) as AgreementConfig[]), ...(data.agreements ?? [])]);
  const seed = compileCatalogue(parse(fixture('catalogue.yaml')) as AgreementConfig[]);
  return [
    {
      name: 'phenomena-sentences',
      cases: data.sentences.map((c) => ({
        id: c.id,
        article: { title: c.title ?? '', paragraphs: [c.sentence], publishedAt: c.publishedAt },
        catalogue: wide,
        sentence: c.sentence,
      })),
    },
    { name: 'phenomena-articles', cases: data.articles.map((a) => ({ id: a.id, article: a, catalogue: seed })) },
  ];
}

function seedArticles(): LabelledSet {
  const seed = compileCatalogue(parse(fixture('catalogue.yaml')) as AgreementConfig[]);
  const articles = parse(fixture('seed-paraphrase-articles.yaml')) as Array<{ id: string; publishedAt: string; title: string; paragraphs: string[] }>;
  return { name: 'seed-articles', cases: articles.map((a) => ({ id: a.id, article: a, catalogue: seed })) };
}

// ---------------------------------------------------------------- real news (test/fixtures/realnews)

export interface RealAgreement extends AgreementConfig {
  kind: string;
  finalStatus: string | null;
}

export interface RealEvent {
  agreement: string;
  status: string;
  date: string;
  party: string | null;
  quote?: string;
}

export interface RealArticle {
  id: string;
  url: string;
  outlet: string;
  publishedAt: string;
  title: string;
  paragraphs: string[];
  events: RealEvent[] | null;
}

export interface RealFile {
  file: string;
  agreements: RealAgreement[];
  catalogue: Catalogue;
  articles: RealArticle[];
}

const realDir = (part: string): string => fileURLToPath(new URL(`../fixtures/realnews/${part}/`, import.meta.url));

/** The parts of the real-news corpus (test/fixtures/realnews/README.md). */
export type RealNewsPart = 'dev' | 'blind' | 'held' | 'fresh' | 'fresh2' | 'fresh3' | 'dev4' | 'fresh4' | 'fresh5';

/** The real-news files of one part, each with its own catalogue. */
export function loadRealNews(part: RealNewsPart): RealFile[] {
  let names: string[];
  try {
    names = readdirSync(realDir(part)).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return names.map((file) => {
    const data = parse(readFileSync(realDir(part) + file, 'utf8')) as { agreements: RealAgreement[]; articles: RealArticle[] };
    // Annotators sometimes list a body the country data does not know ("CPTPP", "OPCW") among
    // the parties: it is no state, so it is left out, as a user's config would have to.
    const configs = data.agreements.map(({ kind: _k, finalStatus: _f, ...a }) => ({
      ...a,
      parties: (a.parties ?? []).filter((p) => resolveCountry(String(p)) !== null),
      patterns: a.patterns ?? [],
    }) as AgreementConfig);
    return { file, agreements: data.agreements, catalogue: compileCatalogue(configs), articles: data.articles ?? [] };
  });
}

function realNewsSet(part: RealNewsPart): LabelledSet {
  return {
    name: `realnews-${part}`,
    cases: loadRealNews(part).flatMap((f) =>
      f.articles.map((a) => ({ id: a.id, article: { title: a.title, paragraphs: a.paragraphs, publishedAt: String(a.publishedAt) }, catalogue: f.catalogue })),
    ),
  };
}

/** Every labelled set whose findings the golden files pin. */
export function labelledSets(): LabelledSet[] {
  return [
    sentenceSet('eval', 'catalogue.yaml', 'eval-sentences.yaml'),
    sentenceSet('holdout', 'holdout-catalogue.yaml', 'holdout-sentences.yaml'),
    sentenceSet('blind2', 'blind2-catalogue.yaml', 'blind2-sentences.yaml'),
    sentenceSet('blind3', 'blind3-catalogue.yaml', 'blind3-sentences.yaml'),
    sentenceSet('blind4', 'blind4-catalogue.yaml', 'blind4-sentences.yaml'),
    ...phenomena(),
    seedArticles(),
    realNewsSet('dev'),
    // Scored once, blind, when issue 13's matcher work was done (README); pinned since.
    realNewsSet('blind'),
    // The second blind part, scored once when the second round was done (README); pinned since.
    realNewsSet('held'),
    // The third blind part, scored once when the third round was merged (README); pinned since.
    realNewsSet('fresh'),
    // The fourth blind part, scored once when the fourth round was merged (README); pinned since.
    realNewsSet('fresh2'),
    // The fifth blind part, scored once when the sixth round was merged (README); pinned since.
    realNewsSet('fresh3'),
    // The fourth development part (collected independently of the matcher, 2026-12-03): scored
    // first as it came (README), developed on since.
    realNewsSet('dev4'),
    // The sixth blind part, scored once when the seventh round was merged (README); pinned since.
    realNewsSet('fresh4'),
    // The seventh blind part, scored once when the eighth round was merged (README); pinned since.
    realNewsSet('fresh5'),
  ];
}
