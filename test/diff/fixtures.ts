// Loads the diff fixtures: plain text, the first line is the headline, then paragraphs separated
// by blank lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleText } from '../../src/types.js';

const DIR = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));

export function loadArticle(name: string): ArticleText {
  const text = readFileSync(DIR + name, 'utf8').replace(/\r\n/g, '\n');
  const [title = '', ...rest] = text.split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { title: title.trim(), paragraphs };
}
