import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { docProse, sectionText, sectionTree } from '../../engine/document.js';
import { topicLocation } from '../topic-check.js';

const OPTION_HEADING = /\b(?:option|alternative|approach|variant|variante|seçenek|方案)\b/i;
const OPTION_PROSE = /\b(?:option|alternative)\s+(?:[A-C1-3])\b|\b(?:option|alternative)\s*(?:#\s*)?[A-C1-3]\s*[:)]/gi;
const COST = /\$\s?\d|€\s?\d|\d\s?(?:€|usd|eur)\b|\bcosts?\b|\bpricing\b|per month|\/\s?mo(?:nth)?\b|\bbudget\b|coût|maliyet|成本|费用/i;

export const archDeploymentOptions: Rule = {
  meta: {
    id: 'arch/deployment-options',
    description: 'The architecture compares at least two deployment options, with their cost.',
    defaultSeverity: 'warning',
    rationale: 'One deployment option is a preference; two with costs are a decision a reviewer can check. Options are headings or labels under the deployment section such as "Option A: Cloud Run" / "Option B: GKE"; cost is any price, budget or cost estimate.',
    options: { minOptions: { type: 'integer', minimum: 1, default: 2, description: 'How many deployment options are required.' } },
    examples: { pass: '## Deployment\n\n### Option A: Cloud Run (~$40/month)\n### Option B: GKE Autopilot (~$150/month)', fail: '## Deployment\n\nDeployed on Cloud Run.' },
  },
  check(ctx) {
    const doc = ctx.view.architecture;
    if (!doc) return;
    const min = (ctx.options.minOptions as number | undefined) ?? 2;
    const section = ctx.view.findSection('architecture', 'deployment');
    const where = topicLocation(ctx, 'architecture', 'deployment') ?? docStart(doc);
    if (!section) {
      ctx.report({ location: where, message: 'The architecture document has no deployment section.', fix: `Add a "Deployment" section comparing at least ${min} options (e.g. managed containers vs. Kubernetes) with a monthly cost estimate each.` });
      return;
    }
    const text = sectionText(doc, section);
    const headings = sectionTree(doc, section).slice(1).filter((s) => OPTION_HEADING.test(s.title)).length;
    const labelled = new Set([...text.matchAll(OPTION_PROSE)].map((m) => m[0].toLowerCase().replace(/[^a-z0-9]/g, ''))).size;
    // A deployment section with no labelled options still describes one.
    const options = Math.max(headings, labelled, text.trim().split(/\s+/).length > 3 ? 1 : 0);
    if (options < min) {
      const described = options === 0 ? 'no deployment option' : options === 1 ? 'one deployment option' : `${options} deployment options`;
      ctx.report({ location: where, message: `The architecture document describes ${described}; at least ${min} are needed.`, fix: `Describe at least ${min} deployment options (e.g. "### Option A: Cloud Run", "### Option B: GKE") with their trade-offs and cost.` });
    }
    if (!COST.test(text) && !COST.test(docProse(doc))) {
      ctx.report({ location: where, message: 'The deployment options have no cost estimate.', fix: 'Give each deployment option an estimated monthly cost at the expected load.' });
    }
  },
};
