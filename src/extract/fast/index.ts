// The fast path of page extraction: one streaming scan, Readability's choice made on its counts.
// It answers only when it is sure; otherwise it says which signal made it unsure (see choose.ts).
import type { Block } from '../blocks.js';
import { articleParagraphs } from '../boilerplate.js';
import { chooseArticle, type Unsure } from './choose.js';
import type { PageScan } from './scan.js';
import { articleTitle } from './title.js';

export { scanPage, type PageScan, type PageFacts } from './scan.js';
export type { Unsure } from './choose.js';

export type FastArticle = { title: string; paragraphs: string[]; unsure: null } | { title: string; paragraphs: null; unsure: Unsure };

export function fastArticle(scan: PageScan): FastArticle {
  const { title, metaByline } = articleTitle(scan.facts);
  const choice = chooseArticle(scan, title, metaByline);
  if (choice.unsure) return { title, paragraphs: null, unsure: choice.unsure };
  const paragraphs = articleParagraphs(choice.blocks as Block[]);
  if (paragraphs.length === 0) return { title, paragraphs: null, unsure: 'short' };
  return { title, paragraphs, unsure: null };
}
