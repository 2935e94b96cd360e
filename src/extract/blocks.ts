// The text of an HTML tree as paragraphs: one per block element (p, h1–h6, li, blockquote, pre,
// and any element that holds text without block children), never textContent, which glues
// adjacent blocks together ("FooBar"). `<br><br>` also ends a paragraph.
import { type DomElement, type DomNode, isElement, tagOf } from './dom.js';
import { collapseWhitespace } from './normalise.js';

/** A paragraph and how much of it is link text (for boilerplate rules). */
export interface Block {
  text: string;
  linkChars: number;
  /** The block element it came from ("p", "li", "h2", "div"…). */
  tag: string;
}

/** Elements that flow inside a paragraph; every other element starts and ends one. */
export const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'picture', 'q', 's', 'samp', 'small',
  'source', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Elements whose content is never article text. */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'textarea', 'input', 'head', 'video', 'audio', 'map', 'title', 'meta', 'link',
]);

type Segment = { text: string; link: boolean } | { br: true };

export class Collector {
  /**
   * One collector kept for the life of the process: V8 holds its instances' shape only weakly, and
   * with none alive between two documents a full collection freed it and deoptimised the code that
   * collects every text event (see html-events.ts).
   */
  static readonly keepsTheShape = new Collector();

  readonly blocks: Block[] = [];
  private segments: Segment[] = [];

  text(text: string, link: boolean): void {
    this.segments.push({ text, link });
  }

  br(): void {
    this.segments.push({ br: true });
  }

  /** Ends the current paragraph(s); consecutive <br>s (with only spaces between) split them. */
  flush(tag: string): void {
    let text = '';
    let linkChars = 0;
    let brs = 0;
    const emit = (): void => {
      const clean = collapseWhitespace(text).trim();
      if (clean) this.blocks.push({ text: clean, linkChars: Math.min(linkChars, clean.length), tag });
      text = '';
      linkChars = 0;
    };
    for (const s of this.segments) {
      if ('br' in s) {
        brs++;
        if (brs === 2) emit();
        else text += ' ';
        continue;
      }
      if (s.text.trim()) brs = 0;
      text += s.text;
      if (s.link) linkChars += collapseWhitespace(s.text).trim().length;
    }
    emit();
    this.segments = [];
  }
}

function walk(node: DomNode, out: Collector, inLink: boolean, blockTag: string): void {
  if (!isElement(node)) {
    if (node.nodeType === 3 && node.textContent) out.text(node.textContent, inLink);
    return;
  }
  const tag = tagOf(node);
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.br();
    return;
  }
  if (INLINE.has(tag)) {
    for (const child of Array.from(node.childNodes)) walk(child, out, inLink || tag === 'a', blockTag);
    return;
  }
  // A block: what came before is one paragraph, its own inline content another.
  out.flush(blockTag);
  for (const child of Array.from(node.childNodes)) walk(child, out, inLink, tag);
  out.flush(tag);
}

/** The paragraphs of an element's subtree, in document order. */
export function blocksOf(root: DomElement): Block[] {
  const out = new Collector();
  for (const child of Array.from(root.childNodes)) walk(child, out, false, tagOf(root));
  out.flush(tagOf(root));
  return out.blocks;
}
