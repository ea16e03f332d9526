import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { docProse } from '../../engine/document.js';
import { topicLocation } from '../topic-check.js';

const LABELS: Record<string, { name: string; fix: string; prose?: RegExp }> = {
  goals: { name: 'purpose or goals', fix: 'Add a "Goals" section that says what the product is for and what it must achieve.' },
  users: { name: 'users or personas', fix: 'Add a "Users" or "Personas" section that names who the product is for.', prose: /\b(?:target users|personas?|user journeys?)\b/i },
  'functional-requirements': { name: 'functional requirements', fix: 'Add a "Functional Requirements" section with one ID per requirement (FR1, FR-001).' },
  'nonfunctional-requirements': { name: 'non-functional requirements', fix: 'Add a "Non-Functional Requirements" section with one ID per requirement (NFR1, NFR-001) and a measurable target each.' },
  constraints: { name: 'constraints or assumptions', fix: 'Add a "Constraints" or "Assumptions" section (budget, platforms, regulations, technical givens).', prose: /\b(?:constraints?|assumptions?)\s*:/i },
  'success-metrics': { name: 'success metrics', fix: 'Add a "Success Metrics" section with the measures that tell whether the product worked.', prose: /\b(?:success (?:metrics|criteria)|kpis?)\b/i },
  'out-of-scope': { name: 'out of scope', fix: 'Add an "Out of Scope" section listing what this release will not do.', prose: /\b(?:out of scope|out-of-scope|not in scope|non-goals|hors (?:du )?(?:périmètre|scope)|kapsam dışı)\b/i },
};

export const DEFAULT_PRD_SECTIONS = Object.keys(LABELS);

export const prdRequiredSections: Rule = {
  meta: {
    id: 'prd/required-sections',
    description: 'The PRD has the sections a reviewer needs: goals, users, functional and non-functional requirements, constraints, success metrics, out of scope.',
    defaultSeverity: 'warning',
    rationale:
      'Sections are found by their headings, whatever their numbering, emoji, bold or case ("## 3. Non Functional Requirements", "### 📊 Non-Functional"), in single files and in shards. A bold label that opens a paragraph (`**Out of Scope:**`) counts too. Add synonyms for other languages under `sections` in the config.',
    options: {
      sections: { type: 'array', items: { enum: Object.keys(LABELS) }, description: 'Which sections are required.' },
    },
    examples: { pass: '## Goals\n## Users\n## Functional Requirements\n## Non-Functional Requirements\n## Assumptions\n## Success Metrics\n## Out of Scope', fail: '## Goals\n## Functional Requirements' },
  },
  check(ctx) {
    const prd = ctx.view.prd;
    if (!prd) return;
    const wanted = (ctx.options.sections as string[] | undefined) ?? DEFAULT_PRD_SECTIONS;
    const prose = docProse(prd);
    for (const topic of wanted) {
      const label = LABELS[topic];
      if (!label) continue;
      if (topicLocation(ctx, 'prd', topic)) continue;
      if (topic === 'nonfunctional-requirements' && ctx.view.requirements.some((r) => r.kind === 'nfr')) continue;
      if (topic === 'functional-requirements' && ctx.view.requirements.some((r) => r.kind === 'fr')) continue;
      if (label.prose?.test(prose)) continue;
      ctx.report({ location: docStart(prd), message: `The PRD has no ${label.name} section.`, fix: label.fix });
    }
  },
};
