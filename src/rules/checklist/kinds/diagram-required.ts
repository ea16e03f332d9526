import { ancestors, sectionTree, type Section } from '../../../engine/document.js';
import { sectionMatches } from '../../../engine/section-finder.js';
import { findDiagrams } from '../diagram-classifier.js';
import type { RuleKind } from '../../../core/rule-kind.js';

export const diagramRequired: RuleKind = {
  name: 'diagram-required',
  description: 'A diagram of the kind (context, container, component, sequence, deployment or any) in the scope, classified by what it draws: persons and external systems around the system are a context; deployable units and data stores a container view; parts inside one container a component view. Mermaid (also as inline-code lines), PlantUML, images and ASCII box-and-arrow drawings count; headings and captions that name the level count too.',
  required: ['diagram'],
  fields: ['section', 'diagram'],
  check(record, ctx) {
    const wanted = record.diagram ?? 'any';
    const tree = new Set(ctx.scope.flatMap((s) => sectionTree(ctx.doc, s)));
    // A heading the vocabulary (or the config's sections:) names for this level counts too, in any language.
    const levelPhrases = ctx.view.synonyms[`${wanted}-diagram`] ?? [];
    const namedLevel = (section: Section) => levelPhrases.length > 0 && ancestors(section).some((s) => sectionMatches(s, levelPhrases));
    const found = findDiagrams(ctx.doc).some((d) => (d.kinds.has(wanted) || namedLevel(d.section)) && (tree.size === 0 || tree.has(d.section)));
    return found ? [] : [{ location: ctx.where, message: record.message, fix: record.fix }];
  },
};
