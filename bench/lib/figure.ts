import type { Row } from './table.js';

/** One figure of the bench: `node dist/bench/run.js --only <name>` runs it alone. */
export interface Figure {
  name: string;
  /** What it measures, for --list. */
  title: string;
  run(log: (line: string) => void): Promise<Row[]>;
}
