import { describe, expect, it, vi } from 'vitest';
import type { Nodes } from 'mdast';

// Reading a document's tree beyond the parse, counted (no clock): a nested list's text is joined
// once per block, not again at every level of nesting; the mermaid blocks are looked for among
// block nodes only, and still found wherever a code block can stand.

const work = { textChars: 0, visited: 0, fromRoot: 0, mostFromRoot: 0 };
vi.mock('../src/engine/markdown.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/markdown.js')>();
  return {
    ...real,
    plainText: (node: Nodes) => {
      const text = real.plainText(node);
      work.textChars += text.length;
      return text;
    },
    walk: (node: Nodes, visit: (node: Nodes, parent: Nodes | null) => boolean | void, parent: Nodes | null = null) => {
      let visited = 0;
      real.walk(
        node,
        (n, p) => {
          work.visited++;
          visited++;
          if (node.type === 'root') work.fromRoot++;
          return visit(n, p);
        },
        parent,
      );
      if (node.type === 'root') work.mostFromRoot = Math.max(work.mostFromRoot, visited);
    },
  };
});

const { parseDoc } = await import('../src/engine/document.js');
const { scanIds } = await import('../src/engine/requirements.js');
const { DEFAULT_ID_SETTINGS } = await import('../src/engine/ids.js');
const { checkDocSetAsync } = await import('../src/engine/engine.js');
const { resolveConfig } = await import('../src/config/resolve-config.js');

/** An architecture's decision log as nested bullets, each level one short decision. */
const nestedList = (depth: number) =>
  `## Decisions\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- Decision ${i + 1}: the gateway keeps sessions in Redis, see NFR${i + 1}`).join('\n')}\n`;

const textRead = (depth: number) => {
  const doc = parseDoc('architecture', [{ path: 'architecture.md', text: nestedList(depth) }]);
  work.textChars = 0;
  const scan = scanIds(doc, DEFAULT_ID_SETTINGS, false);
  return { chars: work.textChars, references: scan.references.length };
};

describe('reading the tree beyond the parse', () => {
  it("joins a nested list's text once per block: the text read grows like the list, not like its square", () => {
    const small = textRead(20);
    const big = textRead(40);
    expect([small.references, big.references]).toEqual([20, 40]);
    // 40 items of about 70 characters, each level's text read once: under 3 times the list's
    // length (it was 12.7 times at depth 40, every item joining its whole nested subtree again).
    expect(big.chars).toBeLessThan(3 * nestedList(40).length);
    expect(big.chars / small.chars).toBeLessThan(2.5);
  });

  it('finds mermaid blocks in lists and quotes while visiting only block nodes', async () => {
    const validated: string[] = [];
    const validator = { validate: async (code: string) => (validated.push(code.split('\n')[0]), null) };
    const prose = Array.from({ length: 200 }, (_, i) => `The **worker ${i}** reads *jobs* from [the queue](#queue) and writes \`results\` to Postgres.`).join('\n\n');
    const architecture = [
      '# Architecture',
      '',
      prose,
      '',
      '- Flow of a job:',
      '',
      '  ```mermaid',
      '  flowchart LR',
      '    A --> B',
      '  ```',
      '',
      '> Deployment:',
      '>',
      '> ```mermaid',
      '> sequenceDiagram',
      '>   A->>B: deploy',
      '> ```',
      '',
      '| Step | Diagram |',
      '|---|---|',
      '| 1 | `mermaid` |',
      '',
    ].join('\n');
    const input = { name: 'default', prd: [], architecture: [{ path: 'docs/architecture.md', text: architecture }], missing: [] };
    work.visited = 0;
    work.fromRoot = 0;
    work.mostFromRoot = 0;
    await checkDocSetAsync(input, resolveConfig({}).engine, validator);
    expect(validated.sort()).toEqual(['flowchart LR', 'sequenceDiagram']);
    // Each walk over a whole file (mermaid blocks, waivers, inline disables, and since they keep
    // no call per level, the sentences, bold labels and code lines) visits the block nodes, about
    // 210 here, not the 2,600 inline nodes of the 200 paragraphs (2,623 before).
    expect(work.mostFromRoot).toBeLessThan(300);
    expect(work.fromRoot).toBeLessThan(300 * 4);
  });
});
