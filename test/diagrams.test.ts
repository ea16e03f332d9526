import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, checkAsync, corpusPairs, ROOT, rulesOf, itWithShared } from './helpers.js';
import { readCatalogue, resolveDependencies } from '../src/diagrams/catalogue.js';
import { findMarkedBlocks, KINDS, replaceBlocks } from '../src/diagrams/markers.js';
import { parseDoc } from '../src/engine/document.js';
import { DEFAULT_SYNONYMS, mergeSynonyms } from '../src/engine/section-finder.js';
import { DEFAULT_ID_SETTINGS } from '../src/engine/ids.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { createMermaidValidator, guessMermaidBlocks, nodeMermaidValidator } from '../src/io/mermaid-validator.js';

const synonyms = mergeSynonyms(DEFAULT_SYNONYMS, {});
const catalogue = (md: string) => readCatalogue(parseDoc('architecture', [{ path: 'a.md', text: md }]), synonyms.components, DEFAULT_ID_SETTINGS);

describe('the component catalogue', () => {
  it('reads "### Component: Name" headings with bold labels, several in one paragraph', () => {
    const [c] = catalogue('## Design\n\n### Component: API Gateway\n\n**Purpose:** routes requests\n**Technology:** Envoy\n**Dependencies:** Auth Service, Billing\n**Related requirements:** NFR1, NFR-2\n**Location:** `services/gateway`');
    expect(c).toMatchObject({ key: 'api_gateway', name: 'API Gateway', purpose: 'routes requests', technology: 'Envoy', dependencies: ['Auth Service', 'Billing'], location: 'services/gateway', source: { line: 3 } });
    expect(c.requirements).toEqual(['NFR1', 'NFR2']);
  });

  it('reads headings under a "Components" section, with fields as list items or table rows', () => {
    const md = '## Components\n\n### Overview\n\nSome text.\n\n### Search API (`src/search/`)\n\n- Responsibility: answers queries\n- Technology: Go\n- Dependencies: Index\n\n### Index\n\n| Field | Value |\n|---|---|\n| Purpose | keeps documents |\n| Technology | OpenSearch |';
    const cat = catalogue(md);
    expect(cat.map((c) => [c.name, c.purpose, c.technology, c.location])).toEqual([
      ['Search API', 'answers queries', 'Go', 'src/search/'],
      ['Index', 'keeps documents', 'OpenSearch', ''],
    ]);
    expect(resolveDependencies(cat).map((d) => [d.from.name, d.to?.name])).toEqual([['Search API', 'Index']]);
  });

  itWithShared('reads the BMAD components of a real document (pair 04)', () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('04-'))!;
    const input = readDocSet(pair.dir, { name: 'x', prd: pair.prd, architecture: pair.architecture });
    const cat = readCatalogue(parseDoc('architecture', input.architecture), synonyms.components, DEFAULT_ID_SETTINGS);
    const node = cat.find((c) => c.name === 'ConnectorNode')!;
    expect(node.purpose).toMatch(/^Core orchestrator managing ILP packet handling/);
    expect(node.technology).toBe('TypeScript, Node.js 20, Pino logger, ws library, Express health endpoint');
    expect(node.dependencies).toEqual(['PacketHandler', 'RoutingTable', 'BTPServer', 'BTPClientManager', 'TelemetryEmitter', 'Logger']);
    expect(node.interfaces[0]).toMatch(/^async start\(\)/);
    const internal = resolveDependencies(cat).filter((d) => d.from === node && d.to).map((d) => d.to!.name);
    expect(internal).toEqual(['PacketHandler', 'RoutingTable', 'BTPServer', 'BTPClientManager', 'TelemetryEmitter']);
  });

  itWithShared('reads a sharded components file whose first heading is the section (pair 11)', () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('11-'))!;
    const input = readDocSet(pair.dir, { name: 'x', prd: pair.prd, architecture: pair.architecture });
    const cat = readCatalogue(parseDoc('architecture', input.architecture), synonyms.components, DEFAULT_ID_SETTINGS);
    expect(cat.slice(0, 3).map((c) => c.name)).toEqual(['API Service', 'Processing Orchestrator', 'Context Agent']);
    expect(cat[0]).toMatchObject({ technology: 'Python 3.11, FastAPI, AWS Lambda, boto3', source: { file: 'docs/architecture/components.md' } });
  });
});

describe('markers', () => {
  it('finds blocks, and reports unbalanced markers and unknown kinds', () => {
    const text = '<!-- archgate:begin components -->\nold\n<!-- archgate:end -->\n<!-- archgate:end -->\n<!-- archgate:begin diagramz -->\nx\n<!-- archgate:end -->\n<!-- archgate:begin context -->\n';
    const { blocks, problems } = findMarkedBlocks(text);
    expect(blocks.map((b) => [b.kind, b.beginLine, b.endLine, b.content])).toEqual([['components', 1, 3, 'old\n'], ['diagramz', 5, 7, 'x\n']]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'This archgate:end marker has no archgate:begin before it.'],
      [8, 'The archgate:begin context marker has no archgate:end.'],
      [5, 'Unknown generated block kind "diagramz".'],
    ]);
  });

  it('ignores markers inside code fences', () => {
    expect(findMarkedBlocks('```\n<!-- archgate:begin components -->\n```\n').blocks).toEqual([]);
  });

  // How a README shows the markers: as examples in code, before the real block.
  const EXAMPLES = [
    '# Architecture', //                          1
    '',
    'Put generated blocks between markers:',
    '',
    '    <!-- archgate:begin context -->', //     5: an indented code block
    '    <!-- archgate:end -->',
    '',
    '````markdown', //                            8: a fence of four backticks...
    '```mermaid',
    '```', //                                    10: ...that a three-backtick line does not close
    '<!-- archgate:begin components -->',
    '<!-- archgate:end -->',
    '````',
    '',
    '<!-- archgate:begin components -->', //     15: the real block
    'old',
    '<!-- archgate:end -->',
    '',
  ].join('\n');

  it('finds markers only where CommonMark reads HTML comments: never in indented or nested fenced code', () => {
    const { blocks, problems } = findMarkedBlocks(EXAMPLES);
    expect(blocks.map((b) => [b.kind, b.beginLine, b.endLine, b.content])).toEqual([['components', 15, 17, 'old\n']]);
    expect(problems).toEqual([]);
  });

  it('--fix regenerates the real block and leaves the examples in code as they are', () => {
    const fixed = check(PRD, ARCH + '\n' + EXAMPLES.replace('# Architecture', '## Usage')).fixes[0].text;
    const lines = fixed.split('\n');
    const at = ARCH.split('\n').length;
    expect(lines.slice(at, at + 14).join('\n')).toBe(EXAMPLES.replace('# Architecture', '## Usage').split('\n').slice(0, 14).join('\n'));
    expect(lines.slice(at + 14, at + 17)).toEqual(['<!-- archgate:begin components -->', '```mermaid', 'flowchart LR']);
  });
});

const ARCH = [
  '# Invoice Hub — Architecture',
  '',
  '## Components',
  '',
  '### Upload Service',
  '**Responsibility:** accepts PDFs (NFR1)',
  '**Technology:** Node.js',
  '**Dependencies:** Extraction Worker, S3',
  '',
  '### Extraction Worker',
  '**Responsibility:** "parses" invoices < 10 MB (NFR2)',
  '**Technology:** Node.js',
  '**Dependencies:** OCR Service',
  '',
  '## Decisions',
  '',
  '### ADR-001: Queue between upload and extraction',
  'Context: bursts. Decision: a queue. Consequences: eventual results. Serves NFR1.',
  '',
].join('\n');
const PRD = '## Users\n\n| Persona | Need |\n|---|---|\n| Bookkeeper | uploads |\n| Accountant | approves |\n\n## NFRs\n\n- **NFR1:** Upload of 50 files completes within 10 s.\n- **NFR2:** Extraction finishes within 20 s.\n- **NFR3:** 99.9% uptime.';
const withBlocks = (arch: string) => arch + KINDS.map((k) => `\n## ${k}\n\n<!-- archgate:begin ${k} -->\n<!-- archgate:end -->\n`).join('');

describe('generated blocks', () => {
  it('are reported stale, and --fix output changes only what is between the markers', () => {
    const arch = withBlocks(ARCH);
    const r = check(PRD, arch);
    expect(rulesOf(r, 'diagram/stale').map((f) => f.message)).toEqual(KINDS.map((k) => `The generated ${k} block is out of date.`));
    const fixed = r.fixes[0].text;
    // Everything outside the markers is byte for byte what it was.
    const outside = (t: string) => t.replace(/(<!-- archgate:begin [\w-]+ -->\n)[\s\S]*?(<!-- archgate:end -->)/g, '$1$2');
    expect(outside(fixed)).toBe(outside(arch));
    // A second run finds nothing stale and changes nothing.
    const again = check(PRD, fixed);
    expect(rulesOf(again, 'diagram/stale')).toEqual([]);
    expect(again.fixes).toEqual([]);
  });

  it('generate valid mermaid for every kind, with every component, persona and requirement, escaped', async () => {
    const fixed = check(PRD, withBlocks(ARCH)).fixes[0].text;
    const { blocks } = findMarkedBlocks(fixed);
    const byKind = Object.fromEntries(blocks.map((b) => [b.kind, b.content]));
    expect(byKind.components).toBe(
      [
        '```mermaid',
        'flowchart LR',
        '  upload_service["Upload Service<br/><small>Node.js</small>"]',
        '  extraction_worker["Extraction Worker<br/><small>Node.js</small>"]',
        '  ext_s3(["S3"]):::external',
        '  ext_ocr_service(["OCR Service"]):::external',
        '  upload_service --> extraction_worker',
        '  upload_service --> ext_s3',
        '  extraction_worker --> ext_ocr_service',
        '  classDef external fill:#eee,stroke:#999,stroke-dasharray:3 3',
        '```',
        '',
      ].join('\n'),
    );
    expect(byKind.context).toContain('Person(person_1, "Bookkeeper")');
    expect(byKind.context).toContain('System(system, "Invoice Hub")');
    expect(byKind.container).toContain('Container(extraction_worker, "Extraction Worker", "Node.js", "\'parses\' invoices < 10 MB (NFR2)")');
    expect(byKind.traceability).toContain('req_nfr1 --> dec_adr_001_queue_between_upload_and_extract');
    expect(byKind.traceability).toContain('req_nfr3["NFR3: 99.9% uptime"]:::uncovered');
    expect(byKind['traceability-table']).toBe(
      '| NFR | Title | Status | Components | Decisions |\n|---|---|---|---|---|\n' +
        '| NFR1 | Upload of 50 files completes within 10 s | covered | Upload Service | ADR-001: Queue between upload and extraction |\n' +
        '| NFR2 | Extraction finishes within 20 s | covered | Extraction Worker | — |\n' +
        '| NFR3 | 99.9% uptime | uncovered | — | — |\n',
    );
    for (const b of blocks.filter((x) => x.kind !== 'traceability-table')) {
      const code = b.content.replace(/^```mermaid\n/, '').replace(/```\n$/, '');
      expect(await nodeMermaidValidator.validate(code), b.kind).toBeNull();
    }
  });

  it('citations inside generated blocks do not count as evidence', () => {
    const prd = '- **NFR1:** 99.9% uptime';
    const arch = '<!-- archgate:begin traceability-table -->\n| NFR | Component |\n|---|---|\n| NFR1 | API |\n<!-- archgate:end -->';
    expect(check(prd, arch).coverage.rows[0].status).toBe('uncovered');
  });

  it('keep CRLF line endings', () => {
    const arch = withBlocks(ARCH).replace(/\n/g, '\r\n');
    const fixed = check(PRD, arch).fixes[0].text;
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(check(PRD, fixed).fixes).toEqual([]);
  });

  it('are byte-identical on every run', () => {
    const a = check(PRD, withBlocks(ARCH)).fixes[0].text;
    const b = check(PRD, withBlocks(ARCH)).fixes[0].text;
    expect(a).toBe(b);
  });

  it('never change a byte outside the markers, and a second fix changes nothing (property test)', () => {
    const line = fc.oneof(
      fc.constantFrom('', '# Title', '## Components', '### Component: Alpha', '**Technology:** Go', '**Dependencies:** Beta, Gamma', '- NFR1 item', '| a | b |', '|---|---|', '```', '```mermaid', 'flowchart LR', '<!-- note -->', '> quote', '  indented', '\t', 'text with trailing space ', 'ünïcödé ✓'),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    );
    const block = fc.constantFrom(...KINDS).map((k) => ({ kind: k }));
    const doc = fc.array(fc.oneof(line.map((l) => ({ line: l })), block), { maxLength: 40 });
    fc.assert(
      fc.property(doc, fc.boolean(), (parts, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = parts.map((p) => ('line' in p ? p.line : `<!-- archgate:begin ${p.kind} -->${eol}stale${eol}<!-- archgate:end -->`)).join(eol);
        const result = check('- **NFR1:** 1 s', text);
        const fixed = result.fixes[0]?.text ?? text;
        const { blocks } = findMarkedBlocks(text);
        const strip = (t: string) => replaceBlocks(t, findMarkedBlocks(t).blocks, () => '');
        expect(strip(fixed)).toBe(strip(text));
        expect(findMarkedBlocks(fixed).blocks.length).toBe(blocks.length);
        const second = check('- **NFR1:** 1 s', fixed);
        expect(second.fixes).toEqual([]);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  itWithShared('on every corpus pair, with a block of every kind appended: fix, then nothing is stale, the rest is untouched, and the mermaid parses', async () => {
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      const last = input.architecture[input.architecture.length - 1];
      const original = last.text;
      last.text = withBlocks(original.endsWith('\n') ? original : original + '\n');
      const config = resolveConfig({}).engine;
      const first = checkDocSet(input, config);
      const fix = first.fixes.find((f) => f.path === last.path)!;
      expect(fix, pair.name).toBeDefined();
      expect(fix.text.startsWith(original.endsWith('\n') ? original : original + '\n'), pair.name).toBe(true);
      last.text = fix.text;
      const second = checkDocSet(input, config);
      expect(second.fixes, pair.name).toEqual([]);
      // The blocks as the second check found them in its parsed tree: no third parse.
      for (const b of second.generated.filter((g) => g.file === last.path && g.kind !== 'traceability-table').map((g) => g.block)) {
        const code = b.content.replace(/^```mermaid\n/, '').replace(/```\n$/, '');
        expect(await nodeMermaidValidator.validate(code), `${pair.name} ${b.kind}`).toBeNull();
      }
    }
  });
});

describe('mermaid syntax', () => {
  const arch = (code: string) => `# A\n\ntext\n\n\`\`\`mermaid\n${code}\n\`\`\`\n`;

  it('reports the line inside the block where mermaid fails', async () => {
    const r = await checkAsync('', arch('flowchart LR\n  A --> B\n  B --> C[Label (x)]'));
    expect(rulesOf(r, 'diagram/mermaid-syntax').map((f) => [f.line, f.message])).toEqual([[8, 'Mermaid cannot parse this diagram: Parse error: unexpected "(" (put the label in quotes: A["text (x)"])']]);
  });

  it('accepts the quirks real documents have: keyword indented, blank first line, %% comments', async () => {
    for (const code of ['    flowchart TD\n    A --> B', '\nflowchart TD\nA --> B', '%% a comment\ngraph LR\n  A --> B\n  %% an indented comment', 'sequenceDiagram\n  A->>B: hi', 'C4Context\n  Person(u, "User")\n  System(s, "S")\n  Rel(u, s, "uses")']) {
      expect(rulesOf(await checkAsync('', arch(code)), 'diagram/mermaid-syntax'), code).toEqual([]);
    }
  });

  itWithShared('every mermaid block of the corpus parses, but the one with "(" in an unquoted label (pair 01)', async () => {
    const bad: string[] = [];
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      const { checkDocSetAsync } = await import('../src/engine/engine.js');
      const r = await checkDocSetAsync(input, resolveConfig({}).engine, nodeMermaidValidator);
      for (const f of rulesOf(r, 'diagram/mermaid-syntax')) bad.push(`${pair.name.slice(0, 2)} ${f.file}:${f.line}`);
    }
    expect(bad).toEqual(['01 docs/architecture.md:141']);
  });

  const good = 'flowchart TD\n  A --> B';
  const broken = 'flowchart LR\n  B --> C[Label (x)]';

  it('the bundled worker gives mermaid\'s own verdicts, guessed ahead or asked', async () => {
    const validator = createMermaidValidator(path.join(ROOT, 'dist/mermaid-worker.js'));
    validator.prepare?.([arch(broken), arch('sequenceDiagram\n  A->>B: hi')]);
    expect(await validator.validate(good)).toBeNull();
    expect(await validator.validate(broken)).toEqual({ line: 2, message: 'Parse error: unexpected "(" (put the label in quotes: A["text (x)"])' });
    expect(await validator.validate('sequenceDiagram\n  A->>B: hi')).toBeNull();
  });

  it('runs mermaid in process when the worker cannot start', async () => {
    // In a folder of its own: a file of that name left in the shared temp folder would start.
    const validator = createMermaidValidator(path.join(mkdtempSync(path.join(tmpdir(), 'archgate-no-worker-')), 'no-such-worker.js'));
    validator.prepare?.([arch(good)]);
    expect(await validator.validate(good)).toBeNull();
    expect((await validator.validate(broken))?.line).toBe(2);
  });

  itWithShared('the bundled CLI reports the corpus block mermaid rejects (pair 01) (the worker itself is tested above)', () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('01-'))!;
    const args = [...pair.prd.flatMap((p) => ['--prd', p]), ...pair.architecture.flatMap((p) => ['--architecture', p])];
    const out = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', pair.dir, ...args, '--format', 'json'], { encoding: 'utf8', timeout: 240_000 });
    const findings = JSON.parse(out.stdout).docSets[0].findings.filter((f: { rule: string }) => f.rule === 'diagram/mermaid-syntax');
    expect(findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['docs/architecture.md:141']);
  });

  it('guesses fenced mermaid blocks from the raw text: backticks, tildes, indented, unclosed', () => {
    const text = 'a\n```mermaid\ngraph LR\n  A-->B\n```\n\n  ~~~~ mermaid title\n  pie\n   "a": 1\n  ~~~~\n```js\nx\n```\n```mermaid\nsequenceDiagram';
    expect(guessMermaidBlocks(text)).toEqual(['graph LR\n  A-->B', 'pie\n "a": 1', 'sequenceDiagram']);
    expect(guessMermaidBlocks('no diagrams here')).toEqual([]);
  });
});

describe('drift', () => {
  const comps = '## Components\n### API\n**Responsibility:** requests\n### Worker\n**Responsibility:** jobs\n### Store\n**Responsibility:** data\n';
  it('reports a component a hand-drawn diagram omits', () => {
    const r = check('', comps + '\n```mermaid\nflowchart LR\n  A[API] --> W[Worker]\n```');
    expect(rulesOf(r, 'diagram/drift').map((f) => f.message)).toEqual(['This diagram omits the component "Store" (docs/architecture.md:6).']);
  });

  it('reports a C4 container the catalogue does not have', () => {
    const r = check('', comps + '\n```mermaid\nC4Container\n  Container(a, "API")\n  Container(w, "Worker")\n  Container(s, "Store")\n  Container(c, "Cache")\n```');
    expect(rulesOf(r, 'diagram/drift').map((f) => [f.line, f.message])).toEqual([[14, 'This diagram shows "Cache", which the component catalogue does not have.']]);
  });

  it('leaves a diagram of a small part alone, and generated blocks too', () => {
    expect(rulesOf(check('', comps + '\n```mermaid\nflowchart LR\n  A[API] --> X[Client]\n```'), 'diagram/drift')).toEqual([]);
    expect(rulesOf(check('', comps + '\n<!-- archgate:begin components -->\n```mermaid\nflowchart LR\n  A[API] --> W[Worker]\n```\n<!-- archgate:end -->'), 'diagram/drift')).toEqual([]);
  });
});

describe('archgate check --fix', () => {
  it('rewrites the stale block of the demo in place; the second run finds nothing to fix', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-fix-'));
    cpSync(path.join(ROOT, 'examples/demo'), dir, { recursive: true });
    const cli = path.join(ROOT, 'dist/cli.js');
    const before = readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8');
    const first = spawnSync(process.execPath, [cli, 'check', dir, '--fix'], { encoding: 'utf8', timeout: 240_000 });
    expect(first.stderr).toBe('archgate: regenerated the stale blocks in docs/architecture.md\n');
    expect(first.stdout).not.toContain('diagram/stale');
    const after = readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('extraction_worker --> ext_ocr_service');
    const second = spawnSync(process.execPath, [cli, 'check', dir, '--fix'], { encoding: 'utf8', timeout: 240_000 });
    expect(second.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(after);
  });
});

describe('archgate check --fix over several doc sets and any bytes', () => {
  const cli = async (args: string[]) => {
    const { run } = await import('../src/cli/cli-main.js');
    let stderr = '';
    const code = await run(args, { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
    return { code, stderr };
  };
  const TRACE = (k = 'traceability') => `<!-- archgate:begin ${k} -->\n<!-- archgate:end -->\n`;
  // Two products, one shared architecture: a web app and a mobile app with PRDs of their own.
  const sharedRepo = (arch: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-shared-'));
    mkdirSync(path.join(dir, '.github'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, '.github/archgate.yml'), ['docSets:', '  - name: web', '    prd: docs/web-prd.md', '    architecture: docs/architecture.md', '  - name: mobile', '    prd: docs/mobile-prd.md', '    architecture: docs/architecture.md', ''].join('\n'));
    writeFileSync(path.join(dir, 'docs/web-prd.md'), '## NFRs\n\n- **NFR1:** Upload of 50 files completes within 10 s.\n');
    writeFileSync(path.join(dir, 'docs/mobile-prd.md'), '## NFRs\n\n- **NFR7:** The app starts within 2 s.\n');
    writeFileSync(path.join(dir, 'docs/architecture.md'), arch);
    return dir;
  };

  it('leaves a block the doc sets generate differently, says how to settle it, and a second run writes nothing', async () => {
    const arch = `${ARCH}\n## Components diagram\n\n${TRACE('components')}\n## Traceability\n\n${TRACE()}`;
    const dir = sharedRepo(arch);
    const conflictIn = (text: string) => `archgate: docs/architecture.md:${text.split('\n').indexOf('<!-- archgate:begin traceability -->') + 1}: the doc sets web and mobile read this file and generate its traceability block differently, so archgate left it as it is. Say which doc set the block belongs to (<!-- archgate:begin traceability for web -->), and give each other doc set a block of its own.\n`;
    expect((await cli(['check', dir, '--fix'])).stderr).toBe(`${conflictIn(arch)}archgate: regenerated the stale blocks in docs/architecture.md\n`);
    const once = readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8');
    expect(once).toContain('<!-- archgate:begin traceability -->\n<!-- archgate:end -->');
    for (let i = 0; i < 3; i++) {
      expect((await cli(['check', dir, '--fix'])).stderr).toBe(conflictIn(once));
      expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(once);
    }
  });

  it('regenerates a block marked for one doc set only from that doc set: a fixed point after the first run', async () => {
    const dir = sharedRepo(`${ARCH}\n## Web\n\n${TRACE('traceability for web')}\n## Mobile\n\n${TRACE('traceability for mobile')}`);
    expect(await cli(['check', dir, '--fix'])).toMatchObject({ stderr: 'archgate: regenerated the stale blocks in docs/architecture.md\n' });
    const once = readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8');
    expect(once).toContain('<!-- archgate:begin traceability for web -->\n```mermaid\nflowchart LR\n  req_nfr1["NFR1: Upload of 50 files completes within 10 s"]:::covered');
    expect(once).toContain('<!-- archgate:begin traceability for mobile -->\n```mermaid\nflowchart LR\n  req_nfr7["NFR7: The app starts within 2 s"]:::uncovered');
    for (let i = 0; i < 3; i++) {
      expect((await cli(['check', dir, '--fix'])).stderr).toBe('');
      expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(once);
    }
  });

  it('reports a block marked for a doc set the config does not name, in every doc set reading the file, and writes nothing', async () => {
    // "for mobil": a typo no doc set answers to, so without the finding nobody would check the block.
    const arch = `${ARCH}\n## Web\n\n${TRACE('traceability for web')}\n## Mobile\n\n${TRACE('traceability for mobil')}`;
    const line = arch.split('\n').indexOf('<!-- archgate:begin traceability for mobil -->') + 1;
    const config = { docSets: [{ name: 'web', prd: 'docs/web-prd.md', architecture: 'docs/architecture.md' }, { name: 'mobile', prd: 'docs/mobile-prd.md', architecture: 'docs/architecture.md' }] };
    const run = (name: string) => checkDocSet({ name, prd: [{ path: `docs/${name}-prd.md`, text: PRD }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, resolveConfig(config).engine);
    for (const name of ['web', 'mobile']) {
      const result = run(name);
      expect(rulesOf(result, 'diagram/markers').map((f) => [f.file, f.line, f.message, f.fix])).toEqual([[
        'docs/architecture.md',
        line,
        'The archgate:begin traceability marker is for the doc set "mobil", which the config does not name (doc sets: web, mobile), so no doc set checks or regenerates this block.',
        'Write the name of a doc set from the config after "for", or remove "for mobil" to let every doc set that reads this file generate the block.',
      ]]);
      expect(result.generated.map((g) => g.block.docSet)).toEqual(name === 'web' ? ['web'] : []);
    }
  });

  it('does not judge a block for another name when the config names no doc sets, and says so in a notice', () => {
    const arch = `${ARCH}\n## Web\n\n${TRACE('traceability for web')}\n## This one\n\n${TRACE('traceability for default')}`;
    const line = arch.split('\n').indexOf('<!-- archgate:begin traceability for web -->') + 1;
    // As the CLI checks a lone doc set: its name is "default", and a block for "default" is its own.
    const result = checkDocSet({ name: 'default', prd: [{ path: 'docs/prd.md', text: PRD }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, resolveConfig({}).engine);
    expect(rulesOf(result, 'diagram/markers')).toEqual([]);
    expect(result.notices).toEqual([
      `docs/architecture.md:${line}: the archgate:begin traceability marker is for the doc set "web", but the config names no doc sets (this run checks one, "default"), so the block was neither checked nor regenerated. To have it checked, list the doc set "web" under docSets in the config, or remove "for web".`,
    ]);
    expect(result.generated.map((g) => [g.block.docSet, g.block.beginLine])).toEqual([['default', line + 5]]);
  });

  it('keeps bytes that are not UTF-8 outside the markers byte for byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-bytes-'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/prd.md'), PRD);
    // "Café" written in Latin-1 by an old editor: 0xE9 alone is not UTF-8.
    const latin1 = Buffer.from('\n## Notes\n\nCaf\xe9 service owner: \xc9quipe B.\n', 'latin1');
    const head = Buffer.concat([Buffer.from(ARCH, 'utf8'), latin1, Buffer.from('\n<!-- archgate:begin components -->\nold\n<!-- archgate:end -->\n', 'utf8')]);
    const tail = Buffer.concat([latin1, Buffer.from('end\n')]);
    writeFileSync(path.join(dir, 'docs/architecture.md'), Buffer.concat([head, tail]));
    await cli(['check', dir, '--fix']);
    const after = readFileSync(path.join(dir, 'docs/architecture.md'));
    const begin = head.indexOf('<!-- archgate:begin components -->\n') + '<!-- archgate:begin components -->\n'.length;
    expect(after.subarray(0, begin).equals(head.subarray(0, begin))).toBe(true);
    expect(after.subarray(after.length - tail.length - '<!-- archgate:end -->\n'.length).equals(Buffer.concat([Buffer.from('<!-- archgate:end -->\n'), tail]))).toBe(true);
    expect(after.toString('utf8')).toContain('```mermaid\nflowchart LR\n  upload_service["Upload Service<br/><small>Node.js</small>"]');
  });
  it('keeps a UTF-8 BOM and CRLF line ends, and writes the block with CRLF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-crlf-'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/prd.md'), PRD);
    const head = Buffer.from(`\ufeff${ARCH.replace(/\n/g, '\r\n')}\r\n<!-- archgate:begin components -->\r\n`, 'utf8');
    const tail = Buffer.from('<!-- archgate:end -->\r\n\r\nEnd.\r\n', 'utf8');
    writeFileSync(path.join(dir, 'docs/architecture.md'), Buffer.concat([head, Buffer.from('old\r\n'), tail]));
    await cli(['check', dir, '--fix']);
    const after = readFileSync(path.join(dir, 'docs/architecture.md'));
    expect(after.subarray(0, head.length).equals(head)).toBe(true);
    expect(after.subarray(after.length - tail.length).equals(tail)).toBe(true);
    const block = after.subarray(head.length, after.length - tail.length).toString('utf8');
    expect(block.startsWith('```mermaid\r\nflowchart LR\r\n')).toBe(true);
    expect(block.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('planning fixes over doc sets (what --fix writes and commit mode commits)', () => {
  it('fixes a block the doc sets agree on once, and never one they disagree on', async () => {
    const { planFixes } = await import('../src/diagrams/plan-fixes.js');
    const arch = `${ARCH}\n<!-- archgate:begin components -->\n<!-- archgate:end -->\n\n<!-- archgate:begin traceability -->\n<!-- archgate:end -->\n`;
    const config = resolveConfig({}).engine;
    const run = (name: string, prd: string) => checkDocSet({ name, prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, config);
    const plan = planFixes([run('web', PRD), run('mobile', '## NFRs\n\n- **NFR7:** The app starts within 2 s.')]);
    expect(plan.conflicts).toEqual([{ file: 'docs/architecture.md', line: 23, kind: 'traceability', docSets: ['web', 'mobile'] }]);
    expect(plan.fixes.map((f) => [f.path, f.edits.map((e) => [e.beginLine, e.endLine])])).toEqual([['docs/architecture.md', [[20, 21]]]]);
    // Applied, the plan is a fixed point: planning again finds nothing to write.
    const again = (name: string, prd: string) => checkDocSet({ name, prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: plan.fixes[0].text }], missing: [] }, config);
    expect(planFixes([again('web', PRD), again('mobile', '## NFRs\n\n- **NFR7:** The app starts within 2 s.')]).fixes).toEqual([]);
  });
});
