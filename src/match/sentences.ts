// Sentence splitting. Intl.Segmenter is quadratic on long strings in Node 20, so it runs per
// paragraph; ICU also breaks after title abbreviations ("Sen. Imee Marcos"), which we re-join.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations after which ICU's break is wrong when a capitalised word follows.
const NO_BREAK_AFTER =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Capt|Adm|Maj|Sgt|Prof|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|D\.C|Jr|Sr|Gov't|Amb|Sec|Pres|Vice|Atty)\.\s*$/;

export interface Sentence {
  text: string;
  /** Index of the paragraph (-1 for the title). */
  paragraph: number;
}

// No terminator followed by a space: the paragraph is one sentence and the Segmenter can be skipped.
const INNER_TERMINATOR = /[.!?…][.!?…"'”’)\]]*\s/;

export function splitSentences(paragraph: string): string[] {
  if (!INNER_TERMINATOR.test(paragraph.trim())) {
    const t = paragraph.trim();
    return t ? [t] : [];
  }
  const out: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && NO_BREAK_AFTER.test(prev)) {
      out[out.length - 1] = prev + segment;
    } else {
      out.push(segment);
    }
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
