import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/resolve-config.js';
import { checkDocSet, checkDocSetAsync } from '../src/engine/engine.js';
import type { MermaidProblem, MermaidValidator } from '../src/diagrams/diagram-view.js';
import type { DocSetInput } from '../src/engine/types.js';

// Mermaid's verdicts come from another thread and take longer than most checks: every rule that
// does not read them runs while mermaid works, and only diagram/mermaid-syntax waits for them.

// Modelled on an arc42 architecture with a deployment view whose label mermaid cannot parse.
const PRD = '# Photo albums PRD\n\n## Non-functional requirements\n\n- **NFR-001:** Album pages load within 800 ms at p95.\n- **NFR-002:** Uploads are stored encrypted at rest with AES-256.\n';
const ARCH = '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n## Deployment view\n\n```mermaid\nflowchart LR\n  cdn[CDN] --> app[Album (service)]\n```\n';
const input: DocSetInput = { name: 'default', prd: [{ path: 'docs/prd.md', text: PRD }], architecture: [{ path: 'docs/architecture.md', text: ARCH }], missing: [] };
const PROBLEM: MermaidProblem = { line: 2, message: 'Parse error: unexpected "("' };

/** A validator that answers only when released, recording when it was asked and when it answered. */
function heldValidator(events: string[]) {
  let release = () => undefined as void;
  const answered = new Promise<void>((resolve) => (release = resolve));
  const validator: MermaidValidator = {
    validate: async () => {
      events.push('mermaid asked');
      await answered;
      events.push('mermaid answered');
      return PROBLEM;
    },
  };
  return { validator, release };
}

describe('the rules beside mermaid', () => {
  it('every rule but diagram/mermaid-syntax has run before mermaid answers, and the result is the same as in order', async () => {
    const engine = resolveConfig({}).engine;
    let events: string[] = [];
    const rules = engine.rules.map((rule) => ({ ...rule, check: (ctx: Parameters<typeof rule.check>[0]) => (events.push(rule.meta.id), rule.check(ctx)) }));
    // The rules the config turns on, in its order, as the pure engine runs them.
    checkDocSet(input, { ...engine, rules });
    const others = events.filter((id) => id !== 'diagram/mermaid-syntax');
    expect(others.length).toBe(events.length - 1);
    events = [];
    const { validator, release } = heldValidator(events);
    const checking = checkDocSetAsync(input, { ...engine, rules }, validator);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['mermaid asked', ...others]);
    release();
    const result = await checking;
    expect(events.slice(-2)).toEqual(['mermaid answered', 'diagram/mermaid-syntax']);
    // The findings, as the pure engine gives them, plus mermaid's, in document order.
    const mermaid = 'docs/architecture.md:11 diagram/mermaid-syntax: Mermaid cannot parse this diagram: Parse error: unexpected "("';
    const pure = checkDocSet(input, engine).findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.message}`)).toEqual([...pure, mermaid]);
  });
});
