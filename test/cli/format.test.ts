// The human form of `agreement ID`: each step with its source count, and the weighing in brief.
import { describe, expect, it } from 'vitest';
import { agreementTimeline } from '../../src/cli/format.js';
import { agreement } from '../publish/helpers/sample-site.js';

describe('agreement ID (text)', () => {
  it('shows the source count, the other dates, the denials and a disputed step', () => {
    const out = agreementTimeline(agreement);
    expect(out).toMatch(/^2023-11 {5}negotiating · 1 source$/m);
    expect(out).toMatch(/^2024-07-08 {2}signed · 2 sources$/m);
    expect(out).toContain('            other dates: 2024-07-09 (1 source: broken-daily; denied)');
    expect(out).toContain('            denied by: other-paper 2024-07-10 <https://other.example.net/initialled>');
    expect(out).toMatch(/^2024-08 {5}in-force · 1 source · DISPUTED \(denied by later reports; not counted for the status\)$/m);
  });
});
