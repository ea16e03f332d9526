import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { sectionTree, sectionText } from '../../engine/document.js';
import { plainText } from '../../engine/markdown.js';
import { normalizeHeading } from '../../engine/headings.js';
import { RATIONALE } from './architecture-style.js';

const RATIONALE_COLUMN = /\b(?:rationale|why|justification|reason|reasons|purpose|notes|raison|justificatif|gerekce|amac|理由|原因)\b/;

export const archTechnologyRationale: Rule = {
  meta: {
    id: 'arch/technology-rationale',
    description: 'The architecture has a technology stack, and says why each choice was made.',
    defaultSeverity: 'warning',
    minimal: 'warning',
    rationale: 'A stack without reasons cannot be reviewed or revisited. A tech-stack table with a Rationale (or Why, Purpose) column, list items that give a reason after the choice, or rationale in the section\'s prose count. Documents that make their technology choices as architectural decisions (BMAD v6) are read from the decisions section.',
    examples: { pass: '## Tech Stack\n\n| Category | Technology | Rationale |\n|---|---|---|\n| DB | PostgreSQL | relational data, team knows it |', fail: '## Tech Stack\n\n- PostgreSQL\n- React' },
  },
  check(ctx) {
    const doc = ctx.view.architecture;
    if (!doc) return;
    // BMAD v6 documents make their technology choices as decisions ("Core Architectural Decisions"),
    // so the decision sections are read together with the stack sections.
    const stack = ctx.view.findSections('architecture', 'tech-stack');
    const sections = [...stack, ...ctx.view.findSections('architecture', 'decisions')];
    if (!sections.length) {
      ctx.report({ location: docStart(doc), message: 'The architecture document has no technology stack section.', fix: 'Add a "Tech Stack" section: one row per technology with its version and the reason it was chosen.' });
      return;
    }
    const tree = sections.flatMap((s) => sectionTree(doc, s));
    const tables = tree.flatMap((s) => s.blocks.filter((b) => b.type === 'table'));
    const hasColumn = tables.some((t) => t.type === 'table' && t.children[0]?.children.some((c) => RATIONALE_COLUMN.test(normalizeHeading(plainText(c)))));
    // "- **Framework:** Next.js 14 - optimal for full-stack Node.js": a reason after the choice.
    const items = tree.flatMap((s) => s.blocks.filter((b) => b.type === 'list').flatMap((l) => (l.type === 'list' ? l.children.map((i) => plainText(i)) : [])));
    const explained = items.filter((t) => /\s[-–—:]\s+\S+(?:\s+\S+){2,}/.test(t.replace(/^[^:]{1,40}:\s*/, ''))).length;
    const prose = sections.map((s) => sectionText(doc, s)).join('\n');
    if (hasColumn || RATIONALE.test(prose) || (items.length > 0 && explained * 2 >= items.length)) return;
    const first = sections[0];
    ctx.report({
      location: { file: first.file, line: first.line, column: 1 },
      message: 'The technology stack does not say why each technology was chosen.',
      fix: 'Add a "Rationale" column to the tech-stack table, or a sentence per choice saying why it beat the alternatives.',
    });
  },
};
