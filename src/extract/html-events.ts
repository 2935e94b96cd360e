// One htmlparser2 parser for every document the process reads (pages on the fast path, feed item
// bodies), its events handed to the reader of the document being read.
//
// Why not a parser per document: V8's optimised code for the tokenizer and the parser came to
// depend on one document's parser objects, and every full collection that freed them threw that
// code away (~30 functions deoptimised a time, "weak objects"); until it was compiled again the
// scan ran unoptimised. With a full collection between batches of 200 pages (as the bench forces,
// and as a long-running worker's heap does on its own) the fast path did ~950 pages per
// CPU-second instead of ~2,400; with one parser (and one block Collector kept alive, blocks.ts),
// 1,100–1,500 (figure 3, bench/README.md's fourth round).
import { type Handler, Parser } from 'htmlparser2';

/** The events a reader of this folder handles; what it leaves out it does not hear. */
export type HtmlEvents = Partial<Pick<Handler, 'onopentag' | 'ontext' | 'onclosetag' | 'oncomment'>>;

/** Every reader parses with these: HTML mode, attribute names as written, entities decoded. */
const OPTIONS = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false } as const;

let reading: HtmlEvents | null = null;

/** The one handler the shared parser is given: it hands each event to the reader of the moment. */
const HANDED_ON: Partial<Handler> = {
  onopentag: (name, attrs, implied) => reading?.onopentag?.(name, attrs, implied),
  ontext: (text) => reading?.ontext?.(text),
  onclosetag: (name, implied) => reading?.onclosetag?.(name, implied),
  oncomment: (data) => reading?.oncomment?.(data),
};

let shared: Parser | null = null;

/**
 * Whether the parser may read another document after reset(). htmlparser2 10.1's reset() leaves
 * two things as the last document left them when it ended mid-construct: the tokenizer's "inside
 * <script>/<style>/<title>/<textarea>" flag (the next document would be read as that element's
 * text, or throw) and a half-read attribute value (it would open the next document's first
 * attribute value). Such a parser is dropped; so is one that does not show these fields at all (a
 * later version's internals), which costs only the speed above. test/extract/html-events.test.ts
 * ends documents in every construct.
 */
function reusable(parser: Parser): boolean {
  const state = parser as unknown as { attribvalue?: unknown; tokenizer?: { isSpecial?: unknown } };
  return state.tokenizer?.isSpecial === false && state.attribvalue === '';
}

/** Parses a whole document, handing its events to `events` as htmlparser2 emits them. */
export function parseHtml(html: string, events: HtmlEvents): void {
  // A reader that parses another document from inside an event gets a parser of its own.
  if (reading !== null) {
    const own = new Parser(events, OPTIONS);
    own.write(html);
    own.end();
    return;
  }
  const parser = shared ?? new Parser(HANDED_ON, OPTIONS);
  // Taken while in use: an exception leaves it mid-document, and it is not used again.
  shared = null;
  reading = events;
  try {
    parser.reset();
    parser.write(html);
    parser.end();
  } finally {
    reading = null;
  }
  // Drops the document the tokenizer still holds.
  parser.reset();
  if (reusable(parser)) shared = parser;
}
