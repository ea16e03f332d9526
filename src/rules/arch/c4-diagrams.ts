import type { Code, Nodes } from 'mdast';
import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { ancestors } from '../../engine/document.js';
import { normalizeHeading } from '../../engine/headings.js';
import { plainText, walk } from '../../engine/markdown.js';

type Level = 'context' | 'container' | 'component';

const LEVELS: { level: Level; c4: string; heading: RegExp; name: string }[] = [
  { level: 'context', c4: 'C4Context', heading: /\bsystem context\b|\bcontext (?:diagram|view|map|level)\b|\bc4 context\b|\bc0\b|\bc1 context\b|contexte (?:du )?systeme|sistem baglami|系统上下文/, name: 'system context (C4 level 1)' },
  { level: 'container', c4: 'C4Container', heading: /\bcontainers?\b|high level architecture|architecture diagram|system architecture|architecture overview|system overview|conteneurs?|架构图/, name: 'container (C4 level 2)' },
  { level: 'component', c4: 'C4Component', heading: /\bcomponents?\b|\bcomposants?\b|bilesen|组件/, name: 'component (C4 level 3)' },
];

const DIAGRAM_LANGS = /^(?:mermaid|plantuml|puml|dot|graphviz|d2|structurizr)$/i;
const ASCII_ART = /[┌┐└┘│─├┤▶►]|\+-{2,}|-{2,}>|<-{2,}|\|\s*v\s*$/m;

/** The first keyword of a mermaid block, skipping blank lines, %% comments and front matter. */
export function mermaidKind(code: string): string {
  const lines = code.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = lines.indexOf('---', 1) + 1;
    if (i === 0) i = lines.length;
  }
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('%%')) return t.split(/\s+/)[0];
  }
  return '';
}

/** A directory listing ("├── src/") is drawn with the same characters as a diagram but is not one. */
function isTree(code: string): boolean {
  const lines = code.split('\n').filter((l) => l.trim());
  const treeLines = lines.filter((l) => /^[\s│|]*(?:[├└]──|[|`]--)/.test(l) || /^[\w.@-]+\/\s*(?:#.*)?$/.test(l.trim()));
  return treeLines.length * 2 >= lines.length;
}

function isDiagram(node: Code): boolean {
  if (node.lang && DIAGRAM_LANGS.test(node.lang)) return true;
  return (!node.lang || /^(?:text|txt|ascii|plain)$/i.test(node.lang)) && ASCII_ART.test(node.value) && !isTree(node.value);
}

export const archC4Diagrams: Rule = {
  meta: {
    id: 'arch/c4-diagrams',
    description: 'The architecture has C4 system context, container and component diagrams.',
    defaultSeverity: 'warning',
    rationale: 'The three C4 levels answer three questions: what the system talks to, what it is made of, and how the main container is built. A mermaid `C4Context` / `C4Container` / `C4Component` block counts, and so does any diagram (mermaid, PlantUML, an image or ASCII art) under a heading that names the level ("System Context", "High Level Architecture", "Components").',
    options: { levels: { type: 'array', items: { enum: ['context', 'container', 'component'] }, description: 'Which C4 levels are required.' } },
    examples: {
      pass: '## System Context\n\n```mermaid\nC4Context\n  Person(user, "User")\n  System(app, "App")\n```\n\n## High Level Architecture\n\n```mermaid\ngraph TD\n  Web --> API --> DB\n```\n\n## Components\n\n```mermaid\nC4Component\n  Component(h, "Handlers")\n```',
      fail: '## Overview\n\nNo diagrams.',
    },
  },
  check(ctx) {
    const doc = ctx.view.architecture;
    if (!doc) return;
    const wanted = (ctx.options.levels as Level[] | undefined) ?? ['context', 'container', 'component'];
    const found = new Set<Level>();
    for (const section of doc.sections) {
      const headingText = ancestors(section).map((s) => s.key).join(' | ');
      for (const block of section.blocks) {
        let previous = '';
        walk(block, (node: Nodes) => {
          if (node.type === 'paragraph') previous = normalizeHeading(plainText(node));
          const diagram = (node.type === 'code' && isDiagram(node)) || node.type === 'image';
          if (!diagram) return;
          const kind = node.type === 'code' && node.lang?.toLowerCase() === 'mermaid' ? mermaidKind(node.value) : '';
          for (const l of LEVELS) {
            if (kind === l.c4 || l.heading.test(headingText) || l.heading.test(previous)) found.add(l.level);
          }
        });
      }
    }
    for (const l of LEVELS) {
      if (!wanted.includes(l.level) || found.has(l.level)) continue;
      ctx.report({
        location: docStart(doc),
        message: `The architecture document has no ${l.name} diagram.`,
        fix: `Add a ${l.name} diagram: a mermaid \`${l.c4}\` block, or any diagram under a heading that names it.`,
      });
    }
  },
};
