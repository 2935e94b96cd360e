// One streaming pass over a page (htmlparser2's events, no DOM): the body's paragraphs as the block
// walk reads them (blocks.ts), every element with the counts Readability's scoring and cleaning look
// at, and the facts metadata.ts reads (title, meta, link, time, JSON-LD). Elements Readability drops
// on its first pass (hidden, unlikely class/id, unlikely roles) are dropped here too, text and all;
// elements nested deeper than MAX_DEPTH are unwrapped as capDepth does (their text stays).
import { parseHtml, type HtmlEvents } from '../html-events.js';
import { type Block, Collector, INLINE, SKIP } from '../blocks.js';
import { MAX_DEPTH } from '../depth.js';
import { BYLINE, DIV_TO_P, MAYBE_CANDIDATE, TEXTISH, UNLIKELY, UNLIKELY_ROLES } from './rules.js';

export interface ScanNode {
  tag: string;
  parent: number;
  className: string;
  id: string;
  /** rel="author" or itemprop containing "author" (Readability's byline markers). */
  authorMark: boolean;
  /** Index after the last node of this subtree (nodes are in document order). */
  end: number;
  /** This element's paragraphs are blocks[blockFirst, blockEnd). */
  blockFirst: number;
  blockEnd: number;
  /** Characters of text (whitespace runs counted once), of link text (links to #… count 0.3). */
  text: number;
  link: number;
  commas: number;
  /** Descendant counts. */
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  table: number;
  headingText: number;
  textishText: number;
  listText: number;
  /** A descendant is one of DIV_TO_P (a div holding one is not a paragraph). */
  blockInside: boolean;
  /** Non-blank text directly inside (not in a child element). */
  ownText: boolean;
  /** <br>s in a row (blank text between) directly inside. */
  brRun: number;
  children: number;
  firstChildTag: string;
  inTable: boolean;
  inCode: boolean;
  inFigure: boolean;
}

/**
 * An element dropped while scanning (unlikely class/id or role) that Readability's walk still
 * visits first as a possible byline or title heading: where it sat and what it held.
 */
export interface DroppedVisit {
  /** It came before nodes[at] in document order. */
  at: number;
  parent: number;
  tag: string;
  byline: boolean;
  text: string;
}

export interface ScanBlock extends Block {
  /** The node whose walk emitted it (the nearest block element). */
  owner: number;
}

export interface MetaTag {
  name: string | null;
  property: string | null;
  itemprop: string | null;
  content: string | null;
}

/** What the page says about itself, wherever it says it (head or body, dropped parts included). */
export interface PageFacts {
  title: string | null;
  metas: MetaTag[];
  links: Array<{ rel: string; href: string }>;
  baseHref: string | null;
  /** <time datetime> / [itemprop=datePublished][datetime], with where they sit. */
  times: Array<{ datetime: string; inArticle: boolean; inMain: boolean; datePublished: boolean; isTime: boolean }>;
  jsonLd: string[];
  h1: string[];
  h2: string[];
}

export interface PageScan {
  nodes: ScanNode[];
  blocks: ScanBlock[];
  dropped: DroppedVisit[];
  /** Index of <body> in nodes, or -1 when the page has none (it is then read as a fragment). */
  body: number;
  facts: PageFacts;
}

enum Role {
  Ignored,
  Skip,
  Dropped,
  Node,
}

const VISIBILITY_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Not elements Readability keeps (it removes scripts and styles first). */
const NOT_COUNTED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
const EMBEDS = new Set(['object', 'embed', 'iframe']);

let measuredCommas = 0;

/**
 * The length of a text with each whitespace run counted once (0 when it is blank), in one pass
 * without allocating; the commas it holds are left in measuredCommas. Runs for every text event.
 */
function measure(text: string): number {
  let length = 0;
  let commas = 0;
  let blank = true;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680 || c === 0x85) {
      if (!inSpace) length++;
      inSpace = true;
      continue;
    }
    inSpace = false;
    blank = false;
    length++;
    if (c === 0x2c || c === 0x60c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xff0c) commas++;
  }
  measuredCommas = commas;
  return blank ? 0 : length;
}

function hidden(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined) return true;
  if (attrs.style && VISIBILITY_HIDDEN.test(attrs.style)) return true;
  if (attrs['aria-hidden'] === 'true' && !(attrs.class ?? '').includes('fallback-image')) return true;
  return attrs['aria-modal'] === 'true' && attrs.role === 'dialog';
}

function newNode(tag: string, parent: number, attrs: Record<string, string>, blockFirst: number, up: ScanNode | undefined): ScanNode {
  return {
    tag,
    parent,
    className: attrs.class ?? '',
    id: attrs.id ?? '',
    authorMark: attrs.rel === 'author' || (attrs.itemprop ?? '').includes('author'),
    end: -1,
    blockFirst,
    blockEnd: blockFirst,
    text: 0,
    link: 0,
    commas: 0,
    p: 0,
    img: 0,
    li: 0,
    input: 0,
    embed: 0,
    table: 0,
    headingText: 0,
    textishText: 0,
    listText: 0,
    blockInside: false,
    ownText: false,
    brRun: 0,
    children: 0,
    firstChildTag: '',
    inTable: (up?.inTable ?? false) || up?.tag === 'table',
    inCode: (up?.inCode ?? false) || up?.tag === 'code',
    inFigure: (up?.inFigure ?? false) || up?.tag === 'figure',
  };
}

/** Adds a closed element's counts to its parent's. */
function addUp(child: ScanNode, parent: ScanNode): void {
  const tag = child.tag;
  parent.text += child.text;
  parent.link += child.link;
  parent.commas += child.commas;
  // A div holding only phrasing content is a paragraph to Readability.
  parent.p += child.p + (tag === 'p' || (tag === 'div' && !child.blockInside) ? 1 : 0);
  parent.img += child.img + (tag === 'img' ? 1 : 0);
  parent.li += child.li + (tag === 'li' ? 1 : 0);
  parent.input += child.input;
  parent.embed += child.embed;
  parent.table += child.table + (tag === 'table' ? 1 : 0);
  parent.headingText += /^h[1-6]$/.test(tag) ? child.text : child.headingText;
  parent.textishText += TEXTISH.has(tag) ? child.text : child.textishText;
  parent.listText += tag === 'ul' || tag === 'ol' ? child.text : child.listText;
  parent.blockInside ||= child.blockInside || DIV_TO_P.has(tag);
}

export function scanPage(html: string): PageScan {
  const out = new Collector();
  const blocks: ScanBlock[] = [];
  const nodes: ScanNode[] = [];
  const dropped: DroppedVisit[] = [];
  /** The outermost dropped element being read (its text is kept for the byline and heading checks). */
  let visit: DroppedVisit | null = null;
  let visitDepth = -1;
  const facts: PageFacts = { title: null, metas: [], links: [], baseHref: null, times: [], jsonLd: [], h1: [], h2: [] };
  const roles: Role[] = [];
  /** Node index of each open element that is a node (-1 for the others), parallel to roles. */
  const open: number[] = [];
  /** The open block elements (node indices); the last one owns the text being read. */
  const owners: number[] = [];
  const linkWeights: number[] = [];
  let skip = 0;
  let body = -1;
  let bodyClosed = false;
  let articles = 0;
  let mains = 0;
  let heads = 0;
  // Text captured for the facts: <title>, <h1>, <h2>, JSON-LD scripts (depth of each capture).
  const captures: Array<{ kind: 'title' | 'h1' | 'h2' | 'ld'; depth: number; text: string }> = [];

  /** The open elements that are nodes: the last one holds the text being read. */
  const stack: number[] = [];
  const currentIndex = (): number => stack.at(-1) ?? -1;
  const current = (): ScanNode | undefined => nodes[currentIndex()];
  const flush = (): void => {
    const owner = owners.at(-1) ?? -1;
    const before = out.blocks.length;
    out.flush(owner >= 0 ? nodes[owner]!.tag : 'body');
    for (let i = before; i < out.blocks.length; i++) blocks.push({ ...out.blocks[i]!, owner });
  };
  const inBody = (): boolean => body >= 0 && !bodyClosed;

  const events: HtmlEvents = {
    onopentag(name, attrs) {
      const depth = roles.length;
      if (name === 'head') heads++;
      if (depth <= MAX_DEPTH) {
        if ((name === 'title' && heads > 0) || name === 'h1' || name === 'h2') captures.push({ kind: name, depth, text: '' });
        else if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') captures.push({ kind: 'ld', depth, text: '' });
        collectFacts(name, attrs);
      }
      if (name === 'article') articles++;
      if (name === 'main') mains++;

      if (body === -1 && name === 'body' && depth === 1) {
        body = nodes.length;
        nodes.push(newNode('body', -1, attrs, out.blocks.length, undefined));
        owners.push(body);
        roles.push(Role.Node);
        open.push(body);
        stack.push(body);
        return;
      }
      if (!inBody() || depth > MAX_DEPTH || skip > 0) {
        roles.push(Role.Ignored);
        open.push(-1);
        return;
      }
      const parent = current()!;
      if (SKIP.has(name)) {
        if (name === 'input') parent.input++;
        if (EMBEDS.has(name)) parent.embed++;
        if (!NOT_COUNTED.has(name)) countChild(parent, name);
        skip++;
        roles.push(Role.Skip);
        open.push(-1);
        return;
      }
      const matchString = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
      const isHidden = hidden(attrs);
      if (
        isHidden ||
        UNLIKELY_ROLES.has(attrs.role ?? '') ||
        (UNLIKELY.test(matchString) && !MAYBE_CANDIDATE.test(matchString) && !parent.inTable && parent.tag !== 'table' && !parent.inCode && parent.tag !== 'code' && name !== 'a')
      ) {
        if (!isHidden) {
          const byline = attrs.rel === 'author' || (attrs.itemprop ?? '').includes('author') || BYLINE.test(matchString);
          visit = { at: nodes.length, parent: currentIndex(), tag: name, byline, text: '' };
          visitDepth = depth;
          dropped.push(visit);
        }
        skip++;
        roles.push(Role.Dropped);
        open.push(-1);
        return;
      }
      countChild(parent, name);
      if (name !== 'br') parent.brRun = 0;
      const index = nodes.length;
      if (name === 'br') {
        out.br();
        // Readability turns <br><br> into a paragraph break: the element then holds paragraphs.
        if (++parent.brRun >= 2) parent.blockInside = true;
      } else if (!INLINE.has(name)) {
        flush();
        owners.push(index);
      }
      if (name === 'a') linkWeights.push(/^#./.test(attrs.href ?? '') ? 0.3 : 1);
      nodes.push(newNode(name, currentIndex(), attrs, out.blocks.length, parent));
      roles.push(Role.Node);
      open.push(index);
      stack.push(index);
    },
    oncomment() {
      // Readability wraps a div's runs of phrasing content in <p>s, and a comment ends a run.
      const node = current();
      if (skip > 0 || !inBody() || node?.tag !== 'div') return;
      const before = blocks.length;
      flush();
      if (blocks.length > before) node.blockInside = true;
    },
    ontext(text) {
      for (const c of captures) c.text += text;
      if (visit && visit.text.length < 400) visit.text += text;
      if (skip > 0 || !inBody()) return;
      const node = current();
      if (!node) return;
      const link = linkWeights.length > 0;
      out.text(text, link);
      // Blank runs are layout: Readability's trimmed text lengths do not count them.
      const length = measure(text);
      if (length === 0) return;
      node.text += length;
      if (link) node.link += length * linkWeights.at(-1)!;
      node.commas += measuredCommas;
      node.ownText = true;
      node.brRun = 0;
    },
    onclosetag(name) {
      const depth = roles.length - 1;
      const role = roles.pop();
      const index = open.pop() ?? -1;
      const capture = captures.at(-1);
      if (capture && capture.depth === depth) {
        captures.pop();
        if (capture.kind === 'title') facts.title ??= capture.text;
        else if (capture.kind === 'ld') facts.jsonLd.push(capture.text);
        else facts[capture.kind].push(capture.text);
      }
      if (name === 'article' && articles > 0) articles--;
      if (name === 'main' && mains > 0) mains--;
      if (name === 'head' && heads > 0) heads--;
      if (role === Role.Skip || role === Role.Dropped) {
        if (depth === visitDepth) {
          visit = null;
          visitDepth = -1;
        }
        skip--;
        return;
      }
      if (role !== Role.Node) return;
      stack.pop();
      const node = nodes[index]!;
      if (name === 'a') linkWeights.pop();
      if (!INLINE.has(node.tag) && node.tag !== 'br') {
        flush();
        owners.pop();
      }
      node.blockEnd = blocks.length;
      node.end = nodes.length;
      if (index === body) {
        bodyClosed = true;
        return;
      }
      const parent = nodes[node.parent];
      if (parent) addUp(node, parent);
    },
  };

  function countChild(parent: ScanNode, name: string): void {
    if (parent.children === 0) parent.firstChildTag = name;
    parent.children++;
  }

  function collectFacts(name: string, attrs: Record<string, string>): void {
    if (name === 'meta') {
      facts.metas.push({ name: attrs.name ?? null, property: attrs.property ?? null, itemprop: attrs.itemprop ?? null, content: attrs.content ?? null });
    } else if (name === 'link' && attrs.rel !== undefined && attrs.href !== undefined) {
      facts.links.push({ rel: attrs.rel, href: attrs.href });
    } else if (name === 'base' && attrs.href !== undefined) {
      facts.baseHref ??= attrs.href;
    }
    if (attrs.datetime !== undefined) {
      facts.times.push({
        datetime: attrs.datetime,
        inArticle: articles > 0,
        inMain: mains > 0,
        datePublished: attrs.itemprop === 'datePublished',
        isTime: name === 'time',
      });
    }
  }

  parseHtml(html, events);
  if (body >= 0 && !bodyClosed) {
    // An unclosed body (a truncated page): what was read still counts.
    while (open.length > 0) {
      const index = open.pop()!;
      if (index < 0) continue;
      const node = nodes[index]!;
      if (!INLINE.has(node.tag)) flush();
      if (!INLINE.has(node.tag)) owners.pop();
      node.blockEnd = blocks.length;
      node.end = nodes.length;
      const parent = nodes[node.parent];
      if (parent) addUp(node, parent);
    }
  }
  return { nodes, blocks, dropped, body, facts };
}
