import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { docProse, sectionText } from '../../engine/document.js';
import { countMatches, topicLocation } from '../topic-check.js';

export const STYLE = /microservices?|monolith|modular monolith|serverless|event[- ]driven|layered|hexagonal|ports and adapters|clean architecture|client[- ]server|\bmvc\b|\bmvvm\b|jamstack|micro[- ]?frontends?|service[- ]oriented|\bsoa\b|pipeline|plug-?in architecture|peer[- ]to[- ]peer|\bcqrs\b|event sourcing|\bspa\b|single[- ]page|browser extension|\bcli\b|library|mikroservis|单体|微服务/i;
export const RATIONALE = /because|rationale|chosen|chose|trade-?offs?|\bwhy\b|justif|reason|benefits?|advantages?|in order to|so that|allows?|enables?|simplif|parce que|pourquoi|car |gerekçe|çünkü|因为|理由/i;

export const archArchitectureStyle: Rule = {
  meta: {
    id: 'arch/architecture-style',
    description: 'The architecture names its style (monolith, microservices, serverless, event-driven, ...) and says why.',
    defaultSeverity: 'warning',
    rationale: 'The architectural style is the first decision every other one follows from. The style is looked for in the whole document; the rationale (because, trade-off, chosen for, ...) in the style or high-level architecture section when there is one.',
    examples: { pass: '## Architectural Style\n\nA modular monolith, because one team of four ships it and the load fits one database.', fail: '## Overview\n\nWe will build it.' },
  },
  check(ctx) {
    const doc = ctx.view.architecture;
    if (!doc) return;
    const sections = ctx.view.findSections('architecture', 'architecture-style');
    const where = topicLocation(ctx, 'architecture', 'architecture-style') ?? docStart(doc);
    const prose = docProse(doc);
    if (!STYLE.test(prose)) {
      ctx.report({ location: where, message: 'The architecture document does not name an architectural style.', fix: 'Add an "Architectural Style" section naming the style (e.g. modular monolith, microservices, serverless, event-driven) and why it fits.' });
      return;
    }
    const text = sections.length ? sections.map((s) => sectionText(doc, s)).join('\n') : prose;
    if (countMatches(text, RATIONALE) === 0) {
      ctx.report({ location: where, message: 'The architecture document names a style but not why it was chosen.', fix: 'Say why this style fits: the team, the load, the constraints, and the trade-off accepted.' });
    }
  },
};
