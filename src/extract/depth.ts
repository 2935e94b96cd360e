// Capping how deep a page nests. Readability's scoring walks ancestors and retries when it finds
// little text, so its cost grows faster than the page's depth (600 nested <div>s: ~3 s; a few
// thousand: minutes, and a stack overflow further on). Real news pages nest a few dozen levels;
// past MAX_DEPTH an element is unwrapped (its children take its place), which keeps all text and
// every paragraph while bounding the depth. Iterative, so the cap itself cannot overflow the stack.
import type { DomDocument, DomElement, DomNode } from './dom.js';

export const MAX_DEPTH = 48;

interface MutableNode {
  parentNode: MutableNode | null;
  insertBefore(node: unknown, ref: unknown): unknown;
  remove(): void;
}

export function capDepth(doc: DomDocument, maxDepth = MAX_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let unwrapped = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType !== 1) continue; // elements only
    const children = Array.from(node.childNodes);
    if (depth > maxDepth) {
      // Unwrap: children move up into this element's place and are examined at this depth.
      const el = node as unknown as MutableNode;
      const parent = el.parentNode;
      if (parent) {
        for (const child of children) parent.insertBefore(child, el);
        el.remove();
        unwrapped++;
        for (const child of children) stack.push([child, depth]);
        continue;
      }
    }
    for (const child of children) stack.push([child as DomElement, depth + 1]);
  }
  return unwrapped;
}
