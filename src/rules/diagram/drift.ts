import type { Rule } from '../../core/rule.js';
import { nameKey } from '../../diagrams/catalogue.js';
import { mermaidKind } from '../checklist/diagram-classifier.js';
import { diagramNodes } from '../../diagrams/mermaid-nodes.js';
import { levelOf } from '../../engine/document.js';

/** A diagram label names a component: the same name key, or one holds the other (4+ characters). */
const keysMatch = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a)));
const componentKey = (name: string) => nameKey(name.replace(/\s*\([^)]*\)\s*$/, ''));
// A diagram of n boxes is not taken as a picture of more than 4n components: it would have to
// name two or more with every box. The bound also keeps the rule linear on huge catalogues.
const MAX_COMPONENTS_PER_NODE = 4;

export const diagramDrift: Rule = {
  meta: {
    id: 'diagram/drift',
    description: 'A hand-drawn component diagram shows every catalogue component, and no component the catalogue lacks.',
    defaultSeverity: 'warning',
    scope: 'file',
    rationale:
      'Hand-drawn flowcharts and C4 diagrams age silently. A hand-drawn (unmarked) flowchart or C4 container/component diagram that shows at least half of the catalogue\'s components (and has at least a quarter as many boxes as the catalogue has components) is taken as a picture of the catalogue: a component it omits is reported, and so is a C4 `Container`/`Component` the catalogue does not have. Smaller diagrams are taken as pictures of a part, and are left alone.',
    examples: {
      pass: '## Components\n### API\n**Responsibility:** requests\n### Worker\n**Responsibility:** jobs\n### Store\n**Responsibility:** data\n\n```mermaid\nflowchart LR\n  A[API] --> W[Worker] --> S[Store]\n```',
      fail: '## Components\n### API\n**Responsibility:** requests\n### Worker\n**Responsibility:** jobs\n### Store\n**Responsibility:** data\n\n```mermaid\nflowchart LR\n  A[API] --> W[Worker]\n```',
    },
  },
  check(ctx) {
    const catalogue = ctx.view.diagrams.catalogue;
    if (catalogue.length < 2) return;
    const doc = ctx.view.architecture!;
    // The part of the document a line belongs to: its H1/H2 section ("## 5.1" after "## 5." is
    // inside 5, as everywhere: levelOf). Sections are in line order
    // per file, so a binary search finds the one that holds a line.
    const byFile = new Map<string, typeof doc.sections>();
    for (const s of doc.sections) {
      const list = byFile.get(s.file);
      if (list) list.push(s);
      else byFile.set(s.file, [s]);
    }
    const part = (file: string, line: number) => {
      const list = byFile.get(file) ?? [];
      let lo = 0;
      let hi = list.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].line <= line) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      let top = found === -1 ? null : list[found];
      while (top?.parent && levelOf(top) > 2) top = top.parent;
      return top;
    };
    const homeOf = new Map(catalogue.map((c) => [c, part(c.source.file, c.source.line)]));
    const keyOf = new Map(catalogue.map((c) => [c, componentKey(c.name)]));
    const known = (labelKey: string) => catalogue.some((c) => keysMatch(labelKey, keyOf.get(c)!));
    for (const block of ctx.view.diagrams.mermaid) {
      if (block.generated || !block.file || !ctx.view.architecture?.files.some((f) => f.path === block.file)) continue;
      const kind = mermaidKind(block.code);
      if (!/^(?:flowchart|graph|C4Container|C4Component)$/.test(kind)) continue;
      const nodes = diagramNodes(block.code);
      const labelKeys = nodes.map((n) => nameKey(n.label));
      // A diagram pictures the components of its own part of the document (its H1/H2 section).
      const home = part(block.file, block.fenceLine);
      const local = catalogue.filter((c) => homeOf.get(c) === home);
      const candidates = local.length >= 2 ? local : catalogue;
      if (candidates.length > nodes.length * MAX_COMPONENTS_PER_NODE) continue;
      const shown = candidates.filter((c) => labelKeys.some((k) => keysMatch(k, keyOf.get(c)!)));
      if (shown.length * 2 < candidates.length) continue;
      // A raw mermaid file has no fence: its findings stand at its first line.
      const location = { file: block.file, line: Math.max(block.fenceLine, 1), column: 1 };
      for (const c of candidates.filter((x) => !shown.includes(x))) {
        ctx.report({ location, message: `This diagram omits the component "${c.name}" (${c.source.file}:${c.source.line}).`, fix: `Add "${c.name}" to the diagram, or generate it: put it between <!-- archgate:begin components --> and <!-- archgate:end -->.` });
      }
      if (kind.startsWith('C4')) {
        for (const n of nodes.filter((x) => x.element && /^(?:Container|Component)(?:Db|Queue)?$/.test(x.element))) {
          if (known(nameKey(n.label))) continue;
          ctx.report({ location: { ...location, line: block.fenceLine + n.line }, message: `This diagram shows "${n.label}", which the component catalogue does not have.`, fix: `Add a "### Component: ${n.label}" section to the architecture document, or remove it from the diagram.` });
        }
      }
    }
  },
};
