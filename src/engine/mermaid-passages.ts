// The places of a mermaid diagram: each line that names something (a node's label, an edge's
// label, a comment) is a place of its own, read with the titles of the subgraphs it stands in
// ("Public zone", "Trust boundary: VPC"). A diagram's lines name the parts of the design and how
// they connect: a reader cites "the mTLS gateway at the trust boundary" at its node. Styling and
// the diagram's type line name nothing.

/** Subgraphs a line is read inside, at most: a block of ten thousand never closed reads the innermost. */
const MAX_OPEN_SUBGRAPHS = 16;

// Lines that style or configure the drawing, and the type line ("flowchart LR", "sequenceDiagram").
const STYLING = /^\s*(?:classDef|class|style|linkStyle|click|direction|%%\{|---\s*$|title\s|accTitle|accDescr)\b/;
const TYPE_LINE = /^\s*(?:flowchart|graph|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|journey|gantt|pie|mindmap|timeline|C4\w+|architecture-beta|block-beta|gitGraph|quadrantChart|requirementDiagram|sankey-beta|xychart-beta)\b(?:\s+\w+)?\s*;?\s*$/;
const SUBGRAPH = /^\s*subgraph\s+(.*)$/;
const END = /^\s*end\s*;?\s*$/;
// A label's opening mark and its closing one: "[Ledger API]", "(...)", "{...}", "|...|", "\"...\"".
const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '{': '}', '|': '|', '"': '"' };
// The marks of a shape around a label ("([Ledger API])", "[(Store)]", "[\"Public zone\"]").
const SHAPE_MARKS = new Set([...' \t"\'[](){}/\\>']);

/** A label without the shape's marks around it; by index, as a pattern anchored at the end retries from every space. */
function withoutShape(label: string): string {
  let a = 0;
  let b = label.length;
  while (a < b && SHAPE_MARKS.has(label[a])) a++;
  while (b > a && SHAPE_MARKS.has(label[b - 1])) b--;
  return label.slice(a, b);
}
// What is left of a line once its labels are read: arrows ("-->", "-.->", "==>", "--o"), shape marks and ids' punctuation.
const MARKS = /[-=.~]{2,}[>ox]?|[<>[\](){}|"'`;:,@&*+#]/g;

export interface MermaidPart {
  /** Index of the line in the block's code. */
  index: number;
  text: string;
  /** The titles of the subgraphs it stands in, outermost first. */
  groups: string[];
}

/** A subgraph's title: its bracketed or quoted label, else what follows its id. */
function subgraphTitle(rest: string): string {
  const { labels } = readLabels(rest);
  return (labels[0] ?? rest).trim();
}

/**
 * A line's labels, and the line without them. Scanned by hand: a closing mark is looked for once
 * from each opening one, and a mark never closed after a point is not looked for again, so a line
 * of ten thousand "[" costs its length, not its square.
 */
function readLabels(line: string): { labels: string[]; outside: string } {
  const labels: string[] = [];
  const unclosed = new Set<string>();
  let outside = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const close = CLOSERS[c];
    if (!close || unclosed.has(c)) {
      outside += c;
      i++;
      continue;
    }
    // A quoted label may hold the closing mark: ["Internal Services [VPC subnets]"].
    const quote = c !== '"' && line[i + 1] === '"' ? line.indexOf('"', i + 2) : -1;
    const at = line.indexOf(close, quote === -1 ? i + 1 : quote + 1);
    if (at === -1) {
      unclosed.add(c);
      outside += c;
      i++;
      continue;
    }
    const label = withoutShape(line.slice(i + 1, at)).replace(/<br\s*\/?>|\\n/gi, ' ').trim();
    if (label) labels.push(label);
    outside += ' ';
    // A shape's second mark ("([...])", "[(...)]") closes right after the first.
    i = at + 1;
    while (i < line.length && /[\])}]/.test(line[i])) i++;
  }
  return { labels, outside };
}

/** A line's words: its labels first, then what it says outside them (ids, an edge's "-- text -->"). */
function lineWords(line: string): string {
  const { labels, outside } = readLabels(line);
  const rest = outside.replace(MARKS, ' ').replace(/\s+/g, ' ').trim();
  return [...labels, rest].filter(Boolean).join(' ');
}

/** The lines of a mermaid block that name something, with the subgraphs around them; linear in the block's text. */
export function mermaidParts(lines: string[]): MermaidPart[] {
  const out: MermaidPart[] = [];
  let open: string[] = [];
  lines.forEach((line, index) => {
    if (!line.trim() || STYLING.test(line) || TYPE_LINE.test(line)) return;
    if (END.test(line)) {
      open.pop();
      return;
    }
    const comment = /^\s*%%(.*)$/.exec(line);
    if (comment) {
      if (/[\p{L}\p{N}]/u.test(comment[1])) out.push({ index, text: comment[1].trim(), groups: [...open] });
      return;
    }
    const subgraph = SUBGRAPH.exec(line);
    if (subgraph) {
      const title = subgraphTitle(subgraph[1]);
      out.push({ index, text: title, groups: [...open] });
      open.push(title);
      if (open.length > MAX_OPEN_SUBGRAPHS) open = open.slice(-MAX_OPEN_SUBGRAPHS);
      return;
    }
    const text = lineWords(line);
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ index, text, groups: [...open] });
  });
  return out;
}
