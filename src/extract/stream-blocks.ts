// A feed body's paragraphs straight from htmlparser2's events, without building a DOM: the same
// paragraphs as blocksOf() over linkedom's document of the same HTML (linkedom builds its tree
// from these very events, with the same parser options), at a third of the cost and no tree in
// memory. Mirrors what the DOM path does on top of the parse: only the body's content counts,
// and elements nested deeper than MAX_DEPTH are unwrapped (capDepth), i.e. ignored here while
// their text stays.
import { type Block, Collector, INLINE, SKIP } from './blocks.js';
import { MAX_DEPTH } from './depth.js';
import { parseHtml, type HtmlEvents } from './html-events.js';

/** What an open element meant when it opened, so that its close undoes exactly that. */
enum Role {
  Ignored,
  Skip,
  Inline,
  Link,
  Block,
}

/** The paragraphs of `<!doctype html><html><head></head><body>${fragment}</body></html>`'s body. */
export function blocksOfFragment(fragment: string): Block[] {
  const out = new Collector();
  const roles: Role[] = [];
  const blockTags: string[] = [];
  let skip = 0;
  let links = 0;
  /** -1 before the body opened, the body's depth while in it, -2 after it closed. */
  let bodyDepth = -1;
  const inBody = (): boolean => bodyDepth >= 0 && roles.length > bodyDepth;
  const events: HtmlEvents = {
    onopentag(name) {
      const depth = roles.length;
      if (bodyDepth === -1 && name === 'body' && depth === 1) {
        bodyDepth = depth;
        blockTags.push('body');
        roles.push(Role.Ignored);
        return;
      }
      if (!inBody() || depth > MAX_DEPTH || skip > 0) {
        roles.push(Role.Ignored);
        return;
      }
      if (SKIP.has(name)) {
        skip++;
        roles.push(Role.Skip);
      } else if (name === 'br') {
        out.br();
        roles.push(Role.Ignored);
      } else if (INLINE.has(name)) {
        if (name === 'a') links++;
        roles.push(name === 'a' ? Role.Link : Role.Inline);
      } else {
        out.flush(blockTags.at(-1)!);
        blockTags.push(name);
        roles.push(Role.Block);
      }
    },
    ontext(text) {
      if (skip === 0 && inBody()) out.text(text, links > 0);
    },
    onclosetag(name) {
      const role = roles.pop();
      if (bodyDepth >= 0 && roles.length === bodyDepth && name === 'body') {
        out.flush('body');
        bodyDepth = -2;
        return;
      }
      if (role === Role.Skip) skip--;
      else if (role === Role.Link) links--;
      else if (role === Role.Block) out.flush(blockTags.pop()!);
    },
  };
  parseHtml(`<!doctype html><html><head></head><body>${fragment}</body></html>`, events);
  if (bodyDepth >= 0) out.flush('body');
  return out.blocks;
}
