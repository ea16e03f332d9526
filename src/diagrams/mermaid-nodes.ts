// The labelled nodes of a flowchart or C4 diagram, read with small patterns: enough to compare a
// hand-drawn picture with the component catalogue, not a mermaid parser.

export interface DiagramNode {
  id: string;
  label: string;
  /** C4 element macro (Container, Component, System_Ext, ...), for C4 diagrams. */
  element?: string;
  /** 1-based line in the block. */
  line: number;
}

const SHAPE = /([A-Za-z_][\w-]*)\s*(?:\[\[|\[\(|\(\(|\(\[|\[\/|\[\\|\{\{|\[|\(|\{|>)\s*("?)(.*?)\2\s*(?:\]\]|\)\]|\)\)|\]\)|\/\]|\\\]|\}\}|\]|\)|\})/g;
const C4 = /^\s*(\w+)\s*\(\s*([\w-]+)\s*,\s*"([^"]*)"/;
const EDGE_IDS = /(?:^|[\s;&])([A-Za-z_][\w]*)\s*(?=(?:-->|---|-\.->|==>|--[^>]*-->|<--|~~~|&|$))/g;

const clean = (label: string) => label.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '').replace(/#quot;/g, '"').replace(/["`]/g, '').replace(/\s+/g, ' ').trim();

export function diagramNodes(code: string): DiagramNode[] {
  const nodes = new Map<string, DiagramNode>();
  code.split('\n').forEach((raw, i) => {
    const line = raw.replace(/%%.*$/, '');
    const c4 = C4.exec(line);
    if (c4) {
      nodes.set(c4[2], { id: c4[2], label: clean(c4[3]), element: c4[1], line: i + 1 });
      return;
    }
    if (/^\s*(?:flowchart|graph|subgraph|end|classDef|class|style|linkStyle|click)\b/.test(line)) return;
    for (const m of line.matchAll(SHAPE)) if (!nodes.has(m[1])) nodes.set(m[1], { id: m[1], label: clean(m[3]) || m[1], line: i + 1 });
    for (const m of line.matchAll(EDGE_IDS)) if (!nodes.has(m[1])) nodes.set(m[1], { id: m[1], label: m[1], line: i + 1 });
  });
  return [...nodes.values()];
}
