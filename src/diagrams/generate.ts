import type { Component, ResolvedDependency } from './catalogue.js';
import type { Kind } from './markers.js';
import type { CoverageStatus } from '../engine/coverage.js';

// Pure text generation: the same model gives byte-identical output on every run and machine.
// Order is the documents' order; nothing depends on time, locale or hash order.

export interface Decision {
  key: string;
  title: string;
  requirements: string[];
}

export interface TracedRequirement {
  id: string;
  key: string;
  title: string;
  status: CoverageStatus;
}

export interface DiagramModel {
  systemName: string;
  components: Component[];
  dependencies: ResolvedDependency[];
  personas: string[];
  externals: string[];
  requirements: TracedRequirement[];
  decisions: Decision[];
}

const MAX_LABEL = 80;

function clip(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Controls that show text in another order than it is written (U+202E): shown as their code point. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const bidiVisible = (text: string) => text.replace(BIDI, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/**
 * Mermaid reads "#60;" as "<" before it draws: a label's own "#" is written as its entity, so
 * that document text cannot spell an <img> beacon into a diagram the PR comment shows.
 */
const hashEntity = (text: string) => text.replace(/#/g, '#35;');

/** A flowchart label in quotes: mermaid's entity codes for what would end or break it. */
function flowLabel(text: string): string {
  return hashEntity(bidiVisible(clip(text))).replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/`/g, '#96;');
}

/** A C4 macro argument: double quotes cannot be escaped there, so they become single. */
function c4(text: string, max = MAX_LABEL): string {
  return hashEntity(bidiVisible(clip(text, max))).replace(/"/g, "'").replace(/[\\]/g, '/');
}

const externalKey = (name: string, i: number) => `ext_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || i}`;

function externalsOf(model: DiagramModel): { key: string; name: string }[] {
  const names = [...model.externals, ...model.dependencies.filter((d) => !d.to).map((d) => d.name)];
  const seen = new Map<string, { key: string; name: string }>();
  names.forEach((name, i) => {
    const k = name.toLowerCase().replace(/\s+/g, ' ');
    if (!seen.has(k)) seen.set(k, { key: externalKey(name, i), name });
  });
  // Two names may slug alike: keep keys unique.
  const used = new Set<string>();
  return [...seen.values()].map((e) => {
    let key = e.key;
    while (used.has(key)) key += '_';
    used.add(key);
    return { ...e, key };
  });
}

function mermaid(lines: string[]): string {
  return ['```mermaid', ...lines, '```', ''].join('\n');
}

function componentsDiagram(model: DiagramModel): string {
  const lines = ['flowchart LR'];
  for (const c of model.components) {
    lines.push(`  ${c.key}["${flowLabel(c.name)}${c.technology ? `<br/><small>${flowLabel(clip(c.technology, 60))}</small>` : ''}"]`);
  }
  const externals = externalsOf({ ...model, externals: [] });
  for (const e of externals) lines.push(`  ${e.key}(["${flowLabel(e.name)}"]):::external`);
  for (const d of model.dependencies) {
    const to = d.to ? d.to.key : externals.find((e) => e.name.toLowerCase().replace(/\s+/g, ' ') === d.name.toLowerCase().replace(/\s+/g, ' '))?.key;
    if (to) lines.push(`  ${d.from.key} --> ${to}`);
  }
  if (externals.length) lines.push('  classDef external fill:#eee,stroke:#999,stroke-dasharray:3 3');
  if (!model.components.length) lines.push('  empty["No components found: add ### Component: Name headings"]');
  return mermaid(lines);
}

function contextDiagram(model: DiagramModel): string {
  const lines = ['C4Context', `  title System context of ${c4(model.systemName)}`];
  model.personas.forEach((p, i) => lines.push(`  Person(person_${i + 1}, "${c4(p)}")`));
  lines.push(`  System(system, "${c4(model.systemName)}")`);
  const externals = externalsOf(model);
  for (const e of externals) lines.push(`  System_Ext(${e.key}, "${c4(e.name)}")`);
  model.personas.forEach((_, i) => lines.push(`  Rel(person_${i + 1}, system, "Uses")`));
  for (const e of externals) lines.push(`  Rel(system, ${e.key}, "Uses")`);
  return mermaid(lines);
}

function containerDiagram(model: DiagramModel): string {
  const lines = ['C4Container', `  title Containers of ${c4(model.systemName)}`];
  model.personas.forEach((p, i) => lines.push(`  Person(person_${i + 1}, "${c4(p)}")`));
  if (model.components.length) {
    lines.push(`  System_Boundary(system, "${c4(model.systemName)}") {`);
    for (const c of model.components) lines.push(`    Container(${c.key}, "${c4(c.name)}", "${c4(c.technology, 60)}", "${c4(c.purpose, 100)}")`);
    lines.push('  }');
  } else {
    // Mermaid rejects an empty boundary: show the system whole until the catalogue has components.
    lines.push(`  System(system, "${c4(model.systemName)}", "No components found: add ### Component: Name headings")`);
  }
  const externals = externalsOf(model);
  for (const e of externals) lines.push(`  System_Ext(${e.key}, "${c4(e.name)}")`);
  // People use the components nothing else in the system depends on: the entry points.
  const depended = new Set(model.dependencies.filter((d) => d.to).map((d) => d.to!.key));
  const entries = model.components.filter((c) => !depended.has(c.key));
  model.personas.forEach((_, i) => (entries.length ? entries.map((c) => c.key) : ['system']).forEach((k) => lines.push(`  Rel(person_${i + 1}, ${k}, "Uses")`)));
  for (const d of model.dependencies) {
    const to = d.to ? d.to.key : externals.find((e) => e.name.toLowerCase().replace(/\s+/g, ' ') === d.name.toLowerCase().replace(/\s+/g, ' '))?.key;
    if (to) lines.push(`  Rel(${d.from.key}, ${to}, "Uses")`);
  }
  return mermaid(lines);
}

function addressedBy(model: DiagramModel, req: TracedRequirement): { components: Component[]; decisions: Decision[] } {
  return {
    components: model.components.filter((c) => c.requirements.includes(req.key)),
    decisions: model.decisions.filter((d) => d.requirements.includes(req.key)),
  };
}

function traceabilityDiagram(model: DiagramModel): string {
  const lines = ['flowchart LR'];
  const reqKey = (r: TracedRequirement) => `req_${r.key.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  const usedComponents = new Set<string>();
  const usedDecisions = new Set<string>();
  const edges: string[] = [];
  for (const r of model.requirements) {
    lines.push(`  ${reqKey(r)}["${flowLabel(`${r.id}: ${r.title}`)}"]:::${r.status}`);
    const by = addressedBy(model, r);
    for (const c of by.components) {
      usedComponents.add(c.key);
      edges.push(`  ${reqKey(r)} --> ${c.key}`);
    }
    for (const d of by.decisions) {
      usedDecisions.add(d.key);
      edges.push(`  ${reqKey(r)} --> ${d.key}`);
    }
  }
  for (const c of model.components) if (usedComponents.has(c.key)) lines.push(`  ${c.key}["${flowLabel(c.name)}"]`);
  for (const d of model.decisions) if (usedDecisions.has(d.key)) lines.push(`  ${d.key}{{"${flowLabel(d.title)}"}}`);
  lines.push(...edges);
  lines.push('  classDef covered fill:#e6f4ea,stroke:#2e7d32', '  classDef implied fill:#fff8e1,stroke:#f9a825', '  classDef uncovered fill:#fdecea,stroke:#c62828', '  classDef waived fill:#eceff1,stroke:#607d8b');
  if (!model.requirements.length) lines.push('  empty["No NFRs with IDs found in the PRD"]');
  return mermaid(lines);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';

function traceabilityTable(model: DiagramModel): string {
  const lines = ['| NFR | Title | Status | Components | Decisions |', '|---|---|---|---|---|'];
  for (const r of model.requirements) {
    const by = addressedBy(model, r);
    lines.push(`| ${cell(r.id)} | ${cell(clip(r.title))} | ${r.status} | ${cell(by.components.map((c) => c.name).join(', '))} | ${cell(by.decisions.map((d) => d.title).join(', '))} |`);
  }
  if (!model.requirements.length) lines.push('| — | No NFRs with IDs found in the PRD | — | — | — |');
  return lines.join('\n') + '\n';
}

export function generate(kind: Kind, model: DiagramModel): string {
  switch (kind) {
    case 'components':
      return componentsDiagram(model);
    case 'context':
      return contextDiagram(model);
    case 'container':
      return containerDiagram(model);
    case 'traceability':
      return traceabilityDiagram(model);
    case 'traceability-table':
      return traceabilityTable(model);
  }
}
