import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocSetAsync } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { createMermaidValidator, guessMermaidBlocks } from '../src/io/mermaid-validator.js';
import { CORPUS, ROOT, itWithShared } from './helpers.js';
import { blockHash, defaultCacheDir, MERMAID_VERSION } from '../src/io/verdict-cache.js';
import { checkMayMeetMermaid } from '../src/cli/peek-mermaid.js';
import type { DocSetInput } from '../src/engine/types.js';

// Each distinct block is put to mermaid once per run (the head and the base share most blocks),
// and a folder keeps mermaid's verdicts between CLI runs. Counted: the calls that reach mermaid.

const good = 'flowchart TD\n  A --> B';
const broken = 'flowchart LR\n  B --> C[Label (x)]';
const brokenProblem = { line: 2, message: 'Parse error: unexpected "(" (put the label in quotes: A["text (x)"])' };
const fence = (code: string) => `\`\`\`mermaid\n${code}\n\`\`\`\n`;

const docSet = (arch: string): DocSetInput => ({
  name: 'test',
  prd: [{ path: 'docs/prd.md', text: '# PRD\n\n## Non-Functional Requirements\n\n- NFR1: p95 under 200 ms.\n' }],
  architecture: [{ path: 'docs/architecture.md', text: arch }],
  missing: [],
});
const syntaxFindings = (r: Awaited<ReturnType<typeof checkDocSetAsync>>) => r.findings.filter((f) => f.rule === 'diagram/mermaid-syntax').map((f) => `${f.line}: ${f.message}`);

describe('each mermaid block is validated once per run', () => {
  it('asks mermaid nothing the second time it sees a block, and anew for a changed block', async () => {
    const validator = createMermaidValidator(null);
    expect(await validator.validate(good)).toBeNull();
    expect(validator.verdicts.asked).toBe(1);
    expect(await validator.validate(good)).toBeNull();
    expect(validator.verdicts.asked).toBe(1);
    expect(await validator.validate(broken)).toEqual(brokenProblem);
    expect(await validator.validate(broken)).toEqual(brokenProblem);
    expect(validator.verdicts.asked).toBe(2);
  });

  it('the head and the base share their blocks: judging both asks mermaid once per distinct block', async () => {
    const validator = createMermaidValidator(null);
    const config = resolveConfig({}).engine;
    const base = `# Architecture\n\n## Views\n\n${fence(good)}\n${fence(broken)}`;
    const head = `# Architecture\n\n## Views\n\n${fence(good)}\n${fence(broken)}\n${fence('sequenceDiagram\n  A->>B: hi')}`;
    const atHead = await checkDocSetAsync(docSet(head), config, validator);
    expect(validator.verdicts.asked).toBe(3);
    const atBase = await checkDocSetAsync(docSet(base), config, validator);
    expect(validator.verdicts.asked).toBe(3);
    expect(syntaxFindings(atHead)).toEqual([`12: Mermaid cannot parse this diagram: ${brokenProblem.message}`]);
    expect(syntaxFindings(atBase)).toEqual(syntaxFindings(atHead));
  });

  it('a guessed block already known is not sent to mermaid ahead of time', () => {
    const validator = createMermaidValidator(null);
    expect(validator.unknownBlocks([fence(good) + fence(broken)])).toEqual([good, broken]);
    return validator.validate(good).then(() => expect(validator.unknownBlocks([fence(good) + fence(broken)])).toEqual([broken]));
  });
});

describe('the CLI keeps verdicts in a folder between runs', () => {
  it('lives in $XDG_CACHE_HOME/archgate, else ~/.cache/archgate, and ARCHGATE_CACHE=off turns it off', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/archgate');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache', ARCHGATE_CACHE: 'off' })).toBeNull();
  });

  it('a later run gives mermaid\'s own verdicts and asks mermaid nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-verdicts-'));
    const first = createMermaidValidator(null);
    first.keepVerdictsIn(dir);
    const said = [await first.validate(good), await first.validate(broken)];
    expect(said).toEqual([null, brokenProblem]);
    expect(readdirSync(path.join(dir, `mermaid-${MERMAID_VERSION}`)).sort()).toEqual([`${blockHash(good)}.json`, `${blockHash(broken)}.json`].sort());

    const later = createMermaidValidator(null);
    later.keepVerdictsIn(dir);
    expect([await later.validate(good), await later.validate(broken)]).toEqual(said);
    expect(later.verdicts.asked).toBe(0);
  });

  it('an entry that is cut short, names another block or another mermaid is not believed: mermaid is asked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-verdicts-'));
    const folder = path.join(dir, `mermaid-${MERMAID_VERSION}`);
    const validator = createMermaidValidator(null);
    validator.keepVerdictsIn(dir);
    await validator.validate(good); // creates the folder
    const codes = ['flowchart LR\n  a --> b(x (y))', 'flowchart LR\n  c --> d(x (y))', 'flowchart LR\n  e --> f(x (y))'];
    writeFileSync(path.join(folder, `${blockHash(codes[0])}.json`), '{"mermaid":"' + MERMAID_VERSION + '","sha256":"' + blockHash(codes[0]) + '","verdict":nu');
    writeFileSync(path.join(folder, `${blockHash(codes[1])}.json`), JSON.stringify({ mermaid: MERMAID_VERSION, sha256: blockHash(good), verdict: null }));
    writeFileSync(path.join(folder, `${blockHash(codes[2])}.json`), JSON.stringify({ mermaid: '0.0.1', sha256: blockHash(codes[2]), verdict: null }));
    const fresh = createMermaidValidator(null);
    fresh.keepVerdictsIn(dir);
    for (const code of codes) expect(await fresh.validate(code)).toEqual({ line: 2, message: 'Parse error: unexpected "(" (put the label in quotes: A["text (x)"])' });
    expect(fresh.verdicts.asked).toBe(3);
  });

  it('the CLI does not start mermaid early when every block of the named documents is known', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-peek-'));
    writeFileSync(path.join(dir, 'drawn.md'), `# A\n\n${fence(good)}`);
    expect(checkMayMeetMermaid(['check', dir, '--architecture', 'drawn.md'], () => false)).toBe(true);
    expect(checkMayMeetMermaid(['check', dir, '--architecture', 'drawn.md'], (code) => code === good)).toBe(false);
  });
});

describe('the bundled worker loads mermaid without a DOM, and says what mermaid with a DOM says', () => {
  // Labels with "<" need DOMPurify's DOM: the worker then loads happy-dom and parses the block again.
  const tricky = [
    'flowchart TD\n  A["<b>bold</b>"] --> B["line<br/>break"]',
    'flowchart TD\n  A["<script>alert(1)</script>"] --> B',
    'flowchart TD\n  A[""] --> B[" "]',
    '%%{init: {"dompurifyConfig": {"RETURN_DOM": true}}}%%\nflowchart LR\n  A["x"] --> B',
    '%%{init: {"dompurifyConfig": {"WHOLE_DOCUMENT": true}}}%%\nflowchart LR\n  A["<i>x</i>"] --> B',
    'classDiagram\n  class Order {\n    +List~Item~ items\n    +total() int\n  }\n  Order <|-- Special',
    'stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy : start <b>now</b>\n  Busy --> [*]',
    'gantt\n  title Plan\n  dateFormat YYYY-MM-DD\n  section Build\n  Core :a1, 2024-01-01, 10d\n  Tests :after a1, 5d',
    'C4Container\n  Person(u, "User")\n  Container(api, "API", "Go")\n  Rel(u, api, "uses")',
    'sequenceDiagram\n  participant A as Alice<br/>(web)\n  A->>B: hi <i>there</i>',
    'erDiagram\n  ORDER ||--o{ LINE : contains',
    'mindmap\n  root((archgate))\n    lint\n    trace',
    'journey\n  title Sign up\n  section Web\n    Open page: 5: User',
    'pie title Share\n  "a": 40\n  "b": 60',
    'quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  A: [0.3, 0.6]',
    'flowchart LR\n  A --> B(unquoted (paren))',
    'classDiagram\n  class A {\n',
    'sequenceDiagram\n  A->>: missing',
    'gantt\n  dateFormat YYYY-MM-DD\n  section S\n  T :a1, notadate, 3d',
    'stateDiagram-v2\n  [*] --> \n',
    'flowchart TD\n  A["<b>x</b>"] --> B(un (quoted))',
    'flowchart TD\n  A(un (quoted)) --> B["<b>x</b>"]',
    'sequenceDiagram\n  A->>B: <b>hi</b>\n  B-->>',
    'not a diagram at all',
    '',
    // Broken blocks of the kinds the corpus draws, and blocks that change mermaid's configuration
    // (the worker hands its parsers copy-on-write views of it: src/io/mermaid-config-copies.ts).
    'sequenceDiagram\n  participant A\n  A->>B: one\n  loop every minute\n    B->>A: two\n',
    'sequenceDiagram\n  A->>B hi without colon',
    'C4Context\n  Person(u, "User"\n  System(s, "S")',
    'C4Container\n  Container_Boundary(b, "B") {\n    Container(api, "API")\n  Rel(api, db, "reads")',
    'graph TD\n  A[Start] --> B{Ok?}\n  B -->|yes| C\n  B --> D[[broken',
    'graph TB\n  subgraph S\n    A --> B\n  end\n  end',
    'erDiagram\n  ORDER ||--o{ : contains',
    'classDiagram\n  A <|-- \n',
    '%%{init: {"theme": "dark", "flowchart": {"htmlLabels": false}}}%%\nflowchart LR\n  A --> B',
    '%%{init: {"theme": "forest", "sequence": {"wrap": true}}}%%\nsequenceDiagram\n  A->>B: a long message that wraps\n  B-->>A: ok',
    '---\nconfig:\n  theme: neutral\n  flowchart:\n    curve: linear\n---\nflowchart TD\n  A --> B(broken (x))',
    '---\ntitle: Order flow\n---\nsequenceDiagram\n  A->>B: hi',
    '%%{init: {"securityLevel": "loose", "maxEdges": 1}}%%\nflowchart LR\n  a --> b\n  b --> c\n  c --> d',
    // Every other kind mermaid knows, parsed and broken (jison and langium parsers alike), and
    // constructs of the kinds above the corpus does not draw.
    'timeline\n  title History\n  2020 : Launch\n  2021 : Growth : Scale',
    'timeline\n  title History\n  : no period',
    'gitGraph\n  commit\n  branch dev\n  checkout dev\n  commit\n  checkout main\n  merge dev',
    'gitGraph\n  commit\n  checkout nowhere',
    'requirementDiagram\n  requirement r1 {\n    id: 1\n    text: fast\n    risk: high\n    verifymethod: test\n  }\n  element e1 {\n    type: service\n  }\n  e1 - satisfies -> r1',
    'requirementDiagram\n  requirement r1 {\n    id: 1\n    risk: enormous\n  }',
    'xychart-beta\n  title Load\n  x-axis [a, b, c]\n  y-axis "ms" 0 --> 100\n  bar [10, 50, 90]',
    'xychart-beta\n  x-axis [a, b\n  bar [1, 2]',
    'sankey-beta\n\nA,B,10\nB,C,5',
    'block-beta\n  columns 2\n  a b\n  c["C"]:2',
    'block-beta\n  columns 2\n  a["x" b',
    'architecture-beta\n  group api(cloud)[API]\n  service db(database)[DB] in api\n  service web(server)[Web] in api\n  db:L -- R:web',
    'architecture-beta\n  service db(database[DB]',
    'packet-beta\n  0-15: "Source"\n  16-31: "Dest"',
    'packet-beta\n  0-15 "Source"',
    'kanban\n  Todo\n    [Write docs]\n  Done\n    [Ship]',
    'radar-beta\n  axis a, b, c\n  curve c1{1, 2, 3}',
    'radar-beta\n  axis a, b\n  curve c1{1, 2',
    'treemap-beta\n"Root"\n  "A": 10\n  "B": 20',
    'info',
    'mindmap\n  root((x))\n    a\n   b\n  c)',
    'journey\n  title T\n  section S\n    Step: notanumber: Me',
    'pie title Share\n  "a" 40',
    'quadrantChart\n  x-axis Low --> High\n  A: [0.3]',
    'stateDiagram-v2\n  state Busy {\n    [*] --> Working\n',
    'erDiagram\n  CUSTOMER ||--o{ ORDER : places\n  CUSTOMER {\n    string name\n    int id PK\n  }',
    'classDiagram\n  class Shape {\n    <<interface>>\n    +area() double\n  }\n  Shape <|.. Circle',
    'C4Dynamic\n  Person(u, "User")\n  System(s, "S")\n  Rel(u, s, "calls")',
    'C4Deployment\n  Deployment_Node(n, "Node") {\n    Container(api, "API")\n  }',
    'sequenceDiagram\n  autonumber\n  actor U\n  U->>+API: POST /x\n  alt ok\n    API-->>-U: 201\n  else fail\n    API-->>U: 400\n  end',
    'flowchart LR\n  A@{ shape: cyl, label: "DB" } --> B',
    'flowchart LR\n  A --o B\n  B --x C\n  C <--> D\n  D -.-> E\n  E ==> F',
    // The newest kinds, each loading a chunk of its own that may touch a renderer as it loads.
    'flowchart-elk TD\n  A --> B',
    'stateDiagram\n  [*] --> Idle',
    'C4Component\n  Component(c, "Parser", "TS")',
    'swimlane-beta\n  lane A\n    a1',
    'agentflow-beta\n  agent A',
    'treeView-beta\n  root\n    child',
    'eventmodeling\n  event E',
    'ishikawa-beta\n  Slow checks\n    Parse',
    'venn-beta\n  set A\n  set B',
    'usecase-beta\n  actor User\n  User --> (Check)',
    'wardley-beta\n  title Value chain\n  component API [0.5, 0.5]',
    'cynefin-beta\n  complex: probe',
    'railroad-beta\n  rule = "a" ;',
    'railroad-ebnf-beta\n  rule = "a" ;',
    'railroad-abnf-beta\n  rule = "a"',
    'railroad-peg-beta\n  rule <- "a"',
  ];

  itWithShared('on every corpus block and on blocks of every kind, with and without "<" in labels, broken or not', async () => {
    const corpus: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.md')) corpus.push(...guessMermaidBlocks(readFileSync(p, 'utf8')));
      }
    };
    walk(CORPUS);
    const blocks = [...new Set([...tricky, ...corpus])];
    expect(corpus.length).toBeGreaterThan(20);
    const bundled = createMermaidValidator(path.join(ROOT, 'dist/mermaid-worker.js'));
    const withDom = createMermaidValidator(null);
    const said = await Promise.all(blocks.map((code) => bundled.verdicts.verdict(code)));
    const expected: unknown[] = [];
    for (const code of blocks) expected.push(await withDom.verdicts.verdict(code));
    expect(said).toEqual(expected);
    expect(expected.filter((v) => v !== null).length).toBeGreaterThan(5);
    // Mermaid's renderers stayed stand-ins (src/io/renderer-stand-ins.ts): no block needed them.
    expect(bundled.work.renderersLoaded).toBe(false);
  });
});

describe('the bundled worker rebuilds and copies mermaid\'s configuration a few times in all, not per block', () => {
  // Mermaid rebuilds its configuration four times a parse and copies it whole on every change;
  // the bundle hands out the configurations it rebuilt before (src/io/mermaid-config-copies.ts).
  // Counted: twice the blocks, of the same kinds, cost no more rebuilds or copies.
  const flowcharts = (n: number) => Array.from({ length: n }, (_, i) => `flowchart TD\n  A${i}[Start] --> B${i}{"p95 < 200 ms?"}\n  B${i} -->|yes| C${i}[(DB)]`);
  const sequences = (n: number) => Array.from({ length: n }, (_, i) => `sequenceDiagram\n  participant U as User\n  U->>API${i}: GET /orders\n  API${i}-->>U: 200`);
  const work = async (blocks: string[]) => {
    const validator = createMermaidValidator(path.join(ROOT, 'dist/mermaid-worker.js'));
    for (const code of blocks) expect(await validator.validate(code)).toBeNull();
    const { rebuilt, copied } = validator.work;
    return { rebuilt, copied };
  };

  it('for 4 blocks and for 8 of two kinds: the same 9 rebuilds and 6 copies (unpatched mermaid rebuilds 4 or 5 times a block and copies after each)', async () => {
    const small = await work([...flowcharts(2), ...sequences(2)]);
    const large = await work([...flowcharts(4), ...sequences(4)]);
    expect(small).toEqual({ rebuilt: 9, copied: 6 });
    expect(large).toEqual(small);
  });
});
