import type { DocKind } from '../engine/types.js';
import type { Rule } from '../core/rule.js';
import { DOC_NAMES, docStart } from '../core/rule.js';
import { CHECKLISTS } from './checklist/builtin-checklists.js';
import { runRecord } from './checklist/run-record.js';

// The gate's floor: one missing topic is a warning on its own checklist item; a document that
// lacks most of its core topics (a title, or headings with nothing under them) is not reviewable
// yet, and fails the default preset with one error that names them. The thresholds (5 of 7 PRD
// sections, 6 of 13 architecture topics) leave room for a real, compact document that skips a
// few on purpose: such gaps stay warnings.

function coreTopicsRule(kind: DocKind, id: string, what: string, DEFAULT_MAX_MISSING: number, examples: { pass: string; fail: string; reports: string[] }): Rule {
  const core = CHECKLISTS.flatMap((list) => list.items.filter((i) => i.core && i.document === kind));
  return {
    meta: {
      id,
      description: `${DOC_NAMES[kind]} covers most of its ${core.length} core ${what} (an error when ${DEFAULT_MAX_MISSING + 1} or more are missing).`,
      defaultSeverity: 'error',
      scope: 'file',
      minimal: 'error',
      rationale: `Each core ${what.replace(/s$/, '')} (${core.map((i) => i.label).join(', ')}) is also a checklist item that warns on its own, and counts only with text under it. A document that lacks ${DEFAULT_MAX_MISSING + 1} or more of them (a title, a skeleton of empty headings) is not reviewable, so the recommended preset fails it here; a real, compact document that skips a few on purpose gets only the warnings.`,
      options: { maxMissing: { type: 'integer', minimum: 0, default: DEFAULT_MAX_MISSING, description: `How many core ${what} may be missing before this is reported.` } },
      examples,
    },
    check(ctx) {
      const doc = ctx.view.doc(kind);
      if (!doc) return;
      const max = typeof ctx.options.maxMissing === 'number' ? ctx.options.maxMissing : DEFAULT_MAX_MISSING;
      const missing = core.filter((record) => runRecord(record, ctx.view, record.alsoHolds).length > 0);
      if (missing.length <= max) return;
      ctx.report({
        location: docStart(doc),
        message: `${DOC_NAMES[kind]} lacks ${missing.length} of its ${core.length} core ${what}: ${missing.map((r) => r.label).join(', ')}.`,
        fix: `Write a section with text for each of them; headings with nothing under them do not count. The ${kind === 'prd' ? 'prd/required-sections' : 'arch/*'} warnings say what each one needs.`,
      });
    },
  };
}

export const prdCoreSections = coreTopicsRule('prd', 'prd/core-sections', 'sections', 4, {
  pass: '## Goals\n\nCut invoice entry time.\n\n## Users\n\nAccountants.\n\n## Functional Requirements\n\n- FR1: parse PDFs\n\n## Non-Functional Requirements\n\n- NFR1: p95 < 2 s',
  fail: '# Invoice parser PRD\n\n## Goals\n\n## Requirements',
  reports: ['1 error: The PRD lacks 7 of its 7 core sections: purpose or goals, users or personas, functional requirements, non-functional requirements, constraints or assumptions, success metrics, out of scope.'],
});

export const archCoreTopics = coreTopicsRule('architecture', 'arch/core-topics', 'topics', 5, {
  pass: '## Architectural Style\n\nA modular monolith, because one team ships it.\n\n## Tech Stack\n\n| Layer | Choice | Rationale |\n|---|---|---|\n| DB | PostgreSQL | relational data |\n\n## Components\n\n- API: serves the web app\n- Worker: sends e-mail\n\n## API\n\n- `GET /orders` lists orders\n\n## Data Model\n\nOrder(id, total) has many LineItem.\n\n## Security\n\nUsers sign in with OAuth 2.0.\n\n## Scaling\n\nThe API scales horizontally behind a load balancer.\n\n## Monitoring\n\nMetrics go to Prometheus.\n\n## Risks\n\n- Vendor lock-in: mitigated by an adapter layer.',
  fail: '# Shop architecture\n\n## Security\n\n## Deployment',
  reports: ['1 error: The architecture document lacks 13 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, a technology stack section, its components, its interfaces, its data model, authentication, a scaling mechanism, monitoring, backups, error handling, decision records, risks.'],
});
