// A cheap look at an HTML string's tags BEFORE any DOM is built: linkedom's parser costs grow
// faster than linear with nesting (400k nested <div>s: minutes), its innerHTML setter recurses
// once per level (20k nested <b>: a stack overflow), and a page of 300k tiny paragraphs costs a
// gigabyte as a DOM. One linear pass over the string counts elements and tracks nesting; tags
// deeper than the depth bound are dropped (their text stays), and the document is cut at the
// element bound. Approximate on purpose: it knows void elements, raw-text elements and the usual
// implied end tags, which is all a bound needs, and every step only moves forward, so hostile
// input ("<a<a<a…", unterminated comments) stays linear.

export interface TagBounds {
  maxElements: number;
  maxDepth: number;
}

export interface BoundedHtml {
  html: string;
  /** Elements kept (up to the cut; dropped deep tags not counted). */
  elements: number;
  /** True when the document was cut at maxElements. */
  cut: boolean;
  /** Tags dropped because they nested deeper than maxDepth. */
  droppedDeep: number;
}

/** Elements that never have content, so never nest. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'frame', 'basefont', 'isindex',
]);

/** Elements whose content is text up to their own end tag, never tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Elements a second one of which ends the first (`<p>a<p>b`, `<li>a<li>b`). */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'rb', 'rt', 'rp']);

const NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;

const endTags = new Map<string, RegExp>();
function endTagOf(name: string): RegExp {
  let re = endTags.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\s/>]`, 'ig');
    endTags.set(name, re);
  }
  return re;
}

export function boundHtml(html: string, bounds: TagBounds): BoundedHtml {
  const stack: string[] = [];
  const onStack = new Map<string, number>();
  const droppedOpen = new Map<string, number>();
  const pieces: string[] = [];
  let last = 0; // start of the text not yet copied into pieces
  let elements = 0;
  let droppedDeep = 0;
  let cutAt = -1;
  let pos = 0;

  const drop = (from: number, to: number) => {
    if (from > last) pieces.push(html.slice(last, from));
    last = to;
  };
  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, (onStack.get(name) ?? 1) - 1);
  };

  for (;;) {
    const lt = html.indexOf('<', pos);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) break;
      pos = end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      pos = lt + 1; // a "<" in text
      continue;
    }
    const gt = html.indexOf('>', NAME.lastIndex);
    if (gt < 0) break; // no tag can end after this point
    const name = m[0].toLowerCase();
    pos = gt + 1;

    if (closing) {
      const dropped = droppedOpen.get(name) ?? 0;
      if (dropped > 0) {
        droppedOpen.set(name, dropped - 1);
        drop(lt, gt + 1);
      } else if ((onStack.get(name) ?? 0) > 0) {
        // Pops what it closes and whatever was left open inside it: each tag is popped once.
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }

    if (elements >= bounds.maxElements) {
      cutAt = lt;
      break;
    }
    if (RAW_TEXT.has(name)) {
      elements++;
      const endTag = endTagOf(name);
      endTag.lastIndex = gt + 1;
      const found = endTag.exec(html);
      if (!found) break; // the rest of the document is this element's text
      pos = found.index;
      continue;
    }
    if (VOID.has(name) || html.charCodeAt(gt - 1) === 0x2f) {
      elements++;
      continue;
    }
    if (IMPLIED_END.has(name) && stack[stack.length - 1] === name) pop();
    if (stack.length >= bounds.maxDepth) {
      // Dropped tags cost the DOM nothing, so they do not count against maxElements.
      droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
      droppedDeep++;
      drop(lt, gt + 1);
      continue;
    }
    elements++;
    stack.push(name);
    onStack.set(name, (onStack.get(name) ?? 0) + 1);
  }

  const cut = cutAt >= 0;
  if (!cut && droppedDeep === 0) return { html, elements, cut, droppedDeep };
  pieces.push(html.slice(last, cut ? Math.max(cutAt, last) : html.length));
  return { html: pieces.join(''), elements, cut, droppedDeep };
}

/** The one-line warnings for what boundHtml did, naming the limits keys. */
export function boundWarnings(b: BoundedHtml, bounds: TagBounds): string[] {
  const out: string[] = [];
  if (b.cut) out.push(`more than ${bounds.maxElements} elements; read the first ${bounds.maxElements} (limits.pageElements)`);
  if (b.droppedDeep > 0) out.push(`nested deeper than ${bounds.maxDepth}; ${b.droppedDeep === 1 ? '1 deeper tag' : `${b.droppedDeep} deeper tags`} dropped, their text kept (limits.pageDepth)`);
  return out;
}
