import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { sectionText } from '../../engine/document.js';
import { topicLocation } from '../topic-check.js';

const PARTS: { name: string; re: RegExp }[] = [
  { name: 'context', re: /\bcontext\b|\bproblem\b|\bbackground\b|contexte|bağlam|背景/i },
  { name: 'options considered', re: /alternatives?|options?|considered|rejected|instead of|\bvs\.?\b|versus|alternatif|备选/i },
  { name: 'decision', re: /\bdecisions?\b|decided|\bchose\b|chosen|selected|décision|karar|决策|决定/i },
  { name: 'consequences', re: /consequences?|implications?|trade-?offs?|downsides?|impact|conséquences|sonuç|后果|影响/i },
];

export const archDecisionRecords: Rule = {
  meta: {
    id: 'arch/decision-records',
    description: 'The architecture records its key decisions with context, options considered, the decision and its consequences.',
    defaultSeverity: 'warning',
    rationale: 'Decision records (ADRs) keep the reasons with the choices, so that the next team can tell a deliberate trade-off from an accident. A "Decisions" section, ADR headings, or a decision table count; each of the four parts missing is named.',
    examples: { pass: '## Decisions\n\n### ADR-001: PostgreSQL\n**Context:** relational data. **Options:** PostgreSQL, MongoDB. **Decision:** PostgreSQL. **Consequences:** one more managed service.', fail: 'We use PostgreSQL.' },
  },
  check(ctx) {
    const doc = ctx.view.architecture;
    if (!doc) return;
    const sections = ctx.view.findSections('architecture', 'decisions');
    const section = sections[0];
    const where = topicLocation(ctx, 'architecture', 'decisions') ?? docStart(doc);
    if (!section) {
      ctx.report({ location: where, message: 'The architecture document has no decision records.', fix: 'Add a "Decisions" section with one record per key decision: context, options considered, decision, consequences.' });
      return;
    }
    const text = sections.map((s) => sectionText(doc, s)).join('\n');
    const missing = PARTS.filter((p) => !p.re.test(text)).map((p) => p.name);
    if (missing.length) {
      ctx.report({ location: where, message: `The decision records do not give the ${missing.join(', ')}.`, fix: `Give each decision its ${missing.join(', ')} (the ADR template: context, options, decision, consequences).` });
    }
  },
};
