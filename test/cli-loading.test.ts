import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnedToExit } from './helpers.js';

// What a CLI check makes node load and run, counted with V8's coverage of an unminified build
// (each module's code follows a "// path" line): node's own modules, archgate's packages, and
// whether their code ran. Counted, never timed.

let dist = '';
let lastFindings: { rule: string; message: string; line: number }[] = [];

interface Loaded {
  /** node's public modules the process loaded (node:fs, node:crypto, …). */
  builtins: string[];
  /** node's internal modules the process loaded (node:internal/fs/streams, …). */
  internals: string[];
  /** Packages (node_modules/…) and source files whose code is in a chunk the process loaded. */
  loaded: string[];
  /** Of those, the ones a function of which ran. */
  ran: string[];
  /** Every module in a loaded chunk. */
  modules: string[];
  /** The files of the build the process loaded, relative to it. */
  files: string[];
  /** Threads that ran JavaScript: V8 writes one coverage file per thread (2: a worker started). */
  threads: number;
}

const ownerOf = (module: string) => (module.startsWith('node_modules/') ? module.split('/').slice(0, module.split('/')[1].startsWith('@') ? 3 : 2).join('/') : module);

let lastOutput = '';

function checkLoads(docs: string, build = dist, format = 'json'): Loaded {
  const coverage = mkdtempSync(path.join(tmpdir(), 'archgate-cov-'));
  const spawn = () => spawnSync(process.execPath, [path.join(build, 'cli.js'), 'check', docs, '--format', format], { cwd: docs, encoding: 'utf8', env: { ...process.env, ARCHGATE_CACHE: 'off', NODE_V8_COVERAGE: coverage } });
  // One CI run saw a silent, signalled child once in thousands, on a loaded runner: run again from a clean coverage folder.
  const run = spawnedToExit(spawn, () => {
    rmSync(coverage, { recursive: true, force: true });
    mkdirSync(coverage);
  });
  expect(run.stderr).toBe('');
  lastOutput = run.stdout;
  if (format === 'json') expect(JSON.parse(run.stdout).docSets).toHaveLength(1);
  const builtins = new Set<string>();
  const internals = new Set<string>();
  const loaded = new Set<string>();
  const ran = new Set<string>();
  const modules = new Set<string>();
  const files = new Set<string>();
  for (const file of readdirSync(coverage)) {
    const { result } = JSON.parse(readFileSync(path.join(coverage, file), 'utf8')) as { result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[] };
    for (const script of result) {
      if (/^node:(?!internal\/)/.test(script.url)) builtins.add(script.url);
      else if (script.url.startsWith('node:internal/')) internals.add(script.url);
      if (!script.url.startsWith('file:') || !fileURLToPath(script.url).startsWith(build)) continue;
      files.add(path.relative(build, fileURLToPath(script.url)).split(path.sep).join('/'));
      const text = readFileSync(fileURLToPath(script.url), 'utf8');
      const marks = [...text.matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => ({ module: m[1], owner: ownerOf(m[1]), start: m.index }));
      for (const m of marks) {
        loaded.add(m.owner);
        modules.add(m.module);
      }
      // A function that ran belongs to the module whose mark comes last before it.
      for (const f of script.functions) {
        const [outer] = f.ranges;
        if (!outer || outer.count === 0) continue;
        const owner = marks.filter((m) => m.start <= outer.startOffset).at(-1)?.owner;
        if (owner) ran.add(owner);
      }
    }
  }
  if (format === 'json') lastFindings = JSON.parse(run.stdout).docSets[0].findings;
  return { builtins: [...builtins].sort(), internals: [...internals].sort(), loaded: [...loaded].sort(), ran: [...ran].sort(), modules: [...modules].sort(), files: [...files].sort(), threads: readdirSync(coverage).length };
}

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'archgate-plain-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, encoding: 'utf8' });
  expect(build.stderr).toBe('');
}, 120_000);

describe('what a CLI check loads', () => {
  it('of documents without diagrams: one file; no worker, git, hashing or mermaid (nor what parses it in process); not the YAML parser, schema validator, handlebars or RE2, nor the markdown report (files of their own)', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-plain-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    const { builtins, internals, loaded, ran, modules, files, threads } = checkLoads(docs);
    // The CLI is one file: no chunk to resolve, read and link.
    expect(files).toEqual(['cli.js']);
    // node's modules come by require: an import would have node read every export of each, loading fs's streams (node 20 and 24), util's diff and the REPL's history (node 24).
    expect(internals.filter((m) => /^node:internal\/(?:fs\/streams|util\/diff|repl\/history)$/.test(m))).toEqual([]);
    // No worker thread ran. (Whether node:worker_threads is loaded cannot tell: on node 24 this process loads it without starting a worker.)
    expect(threads).toBe(1);
    for (const unused of ['node:child_process', 'node:crypto', 'node:readline', 'node:zlib', 'node:http', 'node:https']) expect(builtins).not.toContain(unused);
    // Of mermaid, only its version (the verdicts are kept by it).
    expect(modules.filter((m) => m.startsWith('node_modules/mermaid/'))).toEqual(['node_modules/mermaid/package.json']);
    // Mermaid and what parses it are files of their own; what the one file holds for other commands never runs.
    for (const unused of ['node_modules/happy-dom', 'node_modules/@mermaid-js/parser', 'src/mermaid-worker.ts', 'src/io/mermaid-parse.ts', 'src/io/renderer-stand-ins.ts', 'src/io/mermaid-config-copies.ts']) expect(loaded).not.toContain(unused);
    for (const unused of ['node_modules/yaml', 'node_modules/ajv', 'src/cli/run-cite.ts', 'src/cli/run-init.ts']) expect(ran).not.toContain(unused);
    // The table of HTML's named character references is dist/vendor/character-entities.cjs: these documents write none.
    expect(loaded).not.toContain('node_modules/character-entities');
    // The markdown report, its precompiled templates and handlebars' runtime are dist/cli-markdown.js: not read at all.
    for (const unread of ['node_modules/handlebars', 'src/report/render-markdown.ts', 'src/report/precompiled-templates.ts']) expect(loaded).not.toContain(unread);
    expect(loaded).not.toContain('node_modules/@octokit/core');
    // Packages only a config file, a markdown report's own template or `init` needs are not in the file.
    for (const unloaded of ['node_modules/yaml', 'node_modules/ajv', 'node_modules/re2js', 'node_modules/source-map']) expect(loaded).not.toContain(unloaded);
    expect(modules.filter((m) => /^node_modules\/handlebars\/(?:lib|dist\/cjs\/handlebars\/compiler)\//.test(m))).toEqual([]);
    // What it does run: the parser and the engine.
    expect(ran).toEqual(expect.arrayContaining(['node_modules/micromark', 'node_modules/mdast-util-from-markdown', 'src/engine/engine.ts', 'src/cli/run-check.ts']));
  });

  it('of documents that write a named character reference: its table loads from a file of its own, and the reference reads as its character', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-entity-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    const prd = path.join(docs, 'docs/prd.md');
    writeFileSync(prd, readFileSync(prd, 'utf8').replace('## Out of Scope', '- **FR-03:** Show delays &rarr; in red &amp; &notareference; in bold.\n\n## Out of Scope'));
    const { files } = checkLoads(docs);
    expect(files).toEqual(['cli.js', 'vendor/character-entities.cjs']);
    const requirements = (JSON.parse(lastOutput) as { docSets: { requirements: { id: string; title: string }[] }[] }).docSets[0].requirements;
    expect(requirements.find((r) => r.id === 'FR-03')?.title).toBe('Show delays → in red & &notareference; in bold');
  });

  it('with --format markdown: the markdown report loads from its own file, which holds handlebars\' runtime and not the engine or the parser', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-markdown-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    // The report's template is read from templates/ beside the build, as in the package.
    const installed = mkdtempSync(path.join(tmpdir(), 'archgate-installed-'));
    cpSync(dist, path.join(installed, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'templates'), path.join(installed, 'templates'), { recursive: true });
    const { files, ran } = checkLoads(docs, path.join(installed, 'dist'), 'markdown');
    expect(files).toEqual(['cli-markdown.js', 'cli.js']);
    expect(ran).toEqual(expect.arrayContaining(['node_modules/handlebars', 'src/report/render-markdown.ts']));
    expect(lastOutput.split('\n').slice(0, 6)).toEqual(['', '## ❌ archgate — default: fail', '', '**Blocking the merge: 1 error** (fail-on: error).', '', '1 error, 29 warnings.']);
    const ownModules = [...readFileSync(path.join(installed, 'dist', 'cli-markdown.js'), 'utf8').matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => ownerOf(m[1]));
    expect([...new Set(ownModules)].sort()).toEqual(['node_modules/handlebars', 'src/report/gate.ts', 'src/report/precompiled-templates.ts', 'src/report/render-markdown.ts', 'src/report/verdict.ts']);
  });

  it("imports none of node's modules as an ES module (node would read every export of each), only the banner's node:module", () => {
    const text = readFileSync(path.join(dist, 'cli.js'), 'utf8');
    const imported = [...text.matchAll(/(?<=^|[;\n}])import\s*[^;"']*?from\s*["']([^"']+)["']/g)].map((m) => m[1]).filter((spec) => isBuiltin(spec));
    expect([...new Set(imported)]).toEqual(['node:module']);
    // Required instead, with the banner's require, right after it (the shebang, the banner, then these).
    expect(text.split('\n')[2]).toMatch(/^const .*=require\("node:fs"\)/);
  });

  it('of documents with a config file: the YAML parser, the schema validator and RE2 (for its patterns) load from files of their own, and its custom rule reports', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-config-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    mkdirSync(path.join(docs, '.github'));
    writeFileSync(
      path.join(docs, '.github/archgate.yml'),
      'customRules:\n  - id: team/threat-model\n    kind: required-pattern\n    document: architecture\n    pattern: "STRIDE (?:model|analysis)"\n    level: error\n    message: The architecture needs a threat model.\n',
    );
    const { files, ran } = checkLoads(docs);
    expect(files).toEqual(['cli.js', 'vendor/ajv.cjs', 'vendor/re2js.cjs', 'vendor/yaml.cjs']);
    expect(ran).toEqual(expect.arrayContaining(['node_modules/yaml', 'node_modules/ajv', 'node_modules/re2js']));
    expect(lastFindings.filter((f) => f.rule === 'team/threat-model').map((f) => `${f.line}: ${f.message}`)).toEqual(['1: The architecture needs a threat model.']);
  });

  it('of documents with a diagram: the worker starts (a second thread runs), and the block is hashed for its verdict (node:crypto)', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-drawn-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    const arch = path.join(docs, 'docs/architecture.md');
    writeFileSync(arch, `${readFileSync(arch, 'utf8')}\n## Context\n\n\`\`\`mermaid\nflowchart LR\n  rider --> api\n\`\`\`\n`);
    const { builtins, threads } = checkLoads(docs);
    expect(threads).toBe(2);
    expect(builtins).toEqual(expect.arrayContaining(['node:worker_threads', 'node:crypto']));
    expect(builtins).not.toContain('node:child_process');
  });

  it('of a diagram when the worker file is missing: mermaid runs in process from mermaid-parse.js, with the same finding', () => {
    const docs = mkdtempSync(path.join(tmpdir(), 'archgate-broken-docs-'));
    cpSync(path.join(ROOT, 'test/fixtures/nfr-without-ids'), docs, { recursive: true });
    const arch = path.join(docs, 'docs/architecture.md');
    writeFileSync(arch, `${readFileSync(arch, 'utf8')}\n## Context\n\n\`\`\`mermaid\nflowchart LR\n  rider --> api[\n\`\`\`\n`);
    const syntax = () => lastFindings.filter((f) => f.rule === 'diagram/mermaid-syntax').map((f) => `${f.line}: ${f.message}`);
    const withWorker = checkLoads(docs);
    const expected = ["11: Mermaid cannot parse this diagram: Parse error: unexpected '1'"];
    expect(syntax()).toEqual(expected);
    expect(withWorker.files).not.toContain('mermaid-parse.js');
    const alone = mkdtempSync(path.join(tmpdir(), 'archgate-no-worker-'));
    cpSync(dist, alone, { recursive: true });
    rmSync(path.join(alone, 'mermaid-worker.js'));
    const inProcess = checkLoads(docs, alone);
    expect(syntax()).toEqual(expected);
    expect(inProcess.files).toContain('mermaid-parse.js');
    expect(inProcess.threads).toBe(1);
    expect(withWorker.threads).toBe(2);
  });
});
