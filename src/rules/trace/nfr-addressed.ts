import type { Rule } from '../../core/rule.js';
import { reportUnaddressed } from './unaddressed.js';

export const traceNfrAddressed: Rule = {
  meta: {
    id: 'trace/nfr-addressed',
    description: 'Every NFR of the PRD is cited in the architecture document where it is met (status covered, implied or waived, not uncovered).',
    defaultSeverity: 'error',
    scope: 'docSet',
    minimal: 'error',
    rationale:
      'An architecture that ignores a non-functional requirement will not meet it by accident. An NFR is covered when the architecture cites its ID where it says how it is met: in prose, a heading, a table cell, a mermaid label, or inside a range (`NFR1-4`, `NFR2–NFR4`, `NFR-008 to NFR-012`, `P1–P5` in a row naming the category). Citations in front matter, change logs, checklists, bare claims ("all NFRs are addressed") and generated blocks do not count, nor does a citation that describes another NFR (reported by trace/citation-drift: the finding names it). An NFR that is not cited but plainly addressed (its target restated next to its words, or a place restating most of its distinctive wording) is implied, reported by trace/nfr-cited instead. Anything else is uncovered, reported here. A program cannot reliably tell "met in substance" from "its topic is discussed", so the finding states only what is known (the NFR is not cited) and names up to three places where it seems addressed, best first: passages ranked by the NFR\'s distinctive words (rare in the architecture), their synonyms, its target restated for the same metric (or met under another name of the metric: a Largest Contentful Paint or a Lighthouse budget for a page\'s load time, an uptime for an availability) and the heading path. A line of a requirements summary (an overview or a coverage table) never makes an NFR implied, even where it restates the target: a summary says the requirement is known rather than how it is met, and the PRD\'s list pasted into the architecture must clear no error. An overview that lists the requirements again is offered after the design\'s places and, unless it restates the target, only beside one; a coverage table that says how each is met ("Crash-free >99.9% : Crashlytics, staged rollouts") ranks with them, by its words. A list item is read with its sub-items, and the items under a bold label with the label. Once the best place resembles the NFR, the second and third may resemble it less. Cite it there (`archgate cite` does it with you) or waive it.',
    examples: {
      pass: '<!-- prd -->\n- **NFR1:** p95 < 200 ms\n<!-- architecture -->\nThe cache keeps p95 under 200 ms (NFR1).',
      fail: '<!-- prd -->\n- **NFR1:** p95 < 200 ms\n<!-- architecture -->\nA web app.',
    },
  },
  check: (ctx) => reportUnaddressed(ctx, 'nfr'),
};
