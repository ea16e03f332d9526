import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { FakeGitHub } from './fake-github/server.js';
import { pullRequestEvent, runAction } from './fake-github/run-action.js';

// What the Action's bundle makes node load, counted in the build itself (an unminified build
// names each module it holds with a "// path" line): the code evaluated before the first
// request, and the code the review loads once that request is on its way. Counted, never timed.

let dist = '';

/** The modules (their paths) and the import specifiers of a chunk and of everything it imports statically. */
function staticGraph(entry: string): { files: string[]; modules: string[]; imports: string[] } {
  const files = new Set<string>();
  const modules: string[] = [];
  const imports: string[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) modules.push(m[1]);
    for (const m of text.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else imports.push(spec);
    }
  };
  visit(entry);
  return { files: [...files], modules: [...new Set(modules)], imports: [...new Set(imports)] };
}

const packageOf = (module: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1] ?? null;
const packages = (modules: string[]) => [...new Set(modules.map(packageOf).filter((p): p is string => !!p))].sort();
const chunk = (prefix: string) => {
  const dir = path.join(dist, 'chunks');
  const name = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').find((f) => f.startsWith(`${prefix}-`));
  if (!name) throw new Error(`no chunk ${prefix}-*.js in ${dir}`);
  return path.join(dir, name);
};

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'archgate-plain-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, env: { ...process.env, ARCHGATE_BUILD_DIR: dist, ARCHGATE_BUILD_PLAIN: '1' }, encoding: 'utf8' });
  expect(build.stderr).toBe('');
}, 120_000);

describe('what the Action loads', () => {
  it('before its first request: its own entry and octokit (archgate\'s REST routes, not @octokit/rest\'s table of all of GitHub\'s), nothing of the engine, the parser, the report or mermaid', () => {
    const first = staticGraph(path.join(dist, 'index.js'));
    expect(packages(first.modules)).toEqual([
      '@octokit/auth-token',
      '@octokit/core',
      '@octokit/endpoint',
      '@octokit/graphql',
      '@octokit/plugin-paginate-rest',
      '@octokit/plugin-retry',
      '@octokit/plugin-throttling',
      '@octokit/request',
      '@octokit/request-error',
      'before-after-hook',
      'bottleneck',
      'content-type',
      'json-with-bigint',
      'universal-user-agent',
    ]);
    const own = first.modules.filter((m) => m.startsWith('src/'));
    // compare-text: the order read-doc-set reads shard files in (numbers by value), pure and small;
    // raw-diagrams: which of a folder's files are raw mermaid (.mmd, .mermaid), a pattern and a type.
    expect(own.filter((m) => !/^src\/(action|github)\/|^src\/(main|index|errors)\.ts$|^src\/io\/(file-source|read-doc-set|regexp-tier)\.ts$|^src\/engine\/(compare-text|raw-diagrams)\.ts$/.test(m))).toEqual([]);
    expect(own).toContain('src/github/http-fetch.ts');
  });

  it('never imports node:http as a module: node would read its WebSocket getter, which loads undici (the fetch octokit does not use)', () => {
    for (const entry of [path.join(dist, 'index.js'), chunk('review-pull-request')]) {
      expect(staticGraph(entry).imports.filter((i) => /^(node:)?https?$/.test(i))).toEqual([]);
    }
  });

  it("imports none of node's modules as an ES module (node would read every export of each: fs's streams, util's diff…), only the banner's node:module", () => {
    const files = [path.join(dist, 'index.js'), path.join(dist, 'mermaid-worker.js'), ...readdirSync(path.join(dist, 'chunks')).map((f) => path.join(dist, 'chunks', f))];
    const imported = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?<=^|[;\n}])import\s*[^;"']*?from\s*["']([^"']+)["']/g)].map((m) => m[1]).filter((spec) => isBuiltin(spec)));
    expect([...new Set(imported)]).toEqual(['node:module']);
    // Required instead, with the banner's require: the entry's own, before the first request.
    expect(readFileSync(path.join(dist, 'index.js'), 'utf8').split('\n')[1]).toMatch(/^const .*=require\("node:crypto"\).*=require\("node:fs"\)/);
  });

  it('every file of the build is ASCII (esbuild leaves regular expression literals and String.raw templates as written: one of them made node read its whole chunk as a two-byte string)', () => {
    const files = [path.join(dist, 'index.js'), path.join(dist, 'cli.js'), ...['chunks', 'vendor'].flatMap((d) => readdirSync(path.join(dist, d)).map((f) => path.join(dist, d, f)))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(f, 'utf8'))).map((f) => path.relative(dist, f))).toEqual([]);
    // Written as RegExp calls instead, their characters escaped (the negation words of src/rules/checklist/evidence.ts among them).
    expect(files.some((f) => /new RegExp\("[^"]*\|yok\|de\\u011fil\|/.test(readFileSync(f, 'utf8')))).toBe(true);
  });

  it('once the request is on its way: the handlebars runtime, not its compiler; not RE2, which dist/vendor/re2js.cjs holds and which loads only when a config pattern needs it', () => {
    const review = staticGraph(chunk('review-pull-request'));
    const handlebars = review.modules.filter((m) => packageOf(m) === 'handlebars');
    expect(handlebars.length).toBeGreaterThan(0);
    expect(handlebars.filter((m) => m.includes('/compiler/'))).toEqual([]);
    expect(packages(review.modules)).not.toContain('source-map');
    expect(packages(review.modules)).not.toContain('re2js');
    // src/io/lazy-re2js.ts requires it on first use, from dist/chunks/.
    const shim = review.files.map((f) => readFileSync(f, 'utf8')).filter((t) => t.includes('// src/io/lazy-re2js.ts'));
    expect(shim.map((t) => [...t.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))).toEqual([['../vendor/re2js.cjs']]);
    expect(existsSync(path.join(dist, 'vendor/re2js.cjs'))).toBe(true);
  });

  it('the bundled Action runs a configured ID pattern on RE2, and refuses one RE2 cannot run', async () => {
    cpSync(path.join(ROOT, 'templates'), path.join(dist, 'templates'), { recursive: true });
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const demo = (p: string) => readFileSync(path.join(ROOT, 'examples/demo', p), 'utf8');
      const judge = async (number: number, pattern: string) => {
        const base = gh.commit({ '.github/archgate.yml': `ids:\n  pattern: "${pattern}"\n`, 'docs/prd.md': demo('docs/prd.md'), 'docs/architecture.md': demo('docs/architecture.md') });
        const head = gh.commit({ 'docs/architecture.md': demo('docs/architecture.md') + '\n' }, base);
        gh.openPull({ number, headSha: head, headRef: `f${number}`, baseSha: base });
        return runAction(gh, 'pull_request', pullRequestEvent(gh, number), { mode: 'check' }, process.execPath, {}, path.join(dist, 'index.js'));
      };
      // Only NFR-… IDs: the PRD's FR-… requirements are then not IDs, and a warning says so.
      const withPattern = await judge(1, 'NFR-(?:\\\\d|\\\\w)+');
      expect(withPattern.stderr).toBe('');
      expect(withPattern.stdout.split('\n').filter((l) => l.includes('prd/fr-defined'))).toEqual([
        '::warning title=prd/fr-defined,file=docs/prd.md,line=15,col=1::The functional requirements have no IDs, so none can be traced.%0AFix: Start each functional requirement with an ID such as "**FR1:**" (or FR-001), and cite those IDs in the architecture.',
      ]);
      const refused = await judge(2, '(NFR)\\\\1');
      expect(refused.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual(['::error::archgate: .github/archgate.yml:2:12: ids.pattern: cannot run in linear time (error parsing regexp: invalid escape sequence: `\\1`); write it without look-arounds ((?=, (?!, (?<=, (?<!) and back-references (\\1, \\k<name>)']);
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it("loads the table of HTML's named character references (dist/vendor/character-entities.cjs) only for a document that writes one, and reads the reference as its character", async () => {
    // The table is in no chunk: src/io/lazy-character-references.ts requires it, from dist/chunks/.
    const chunks = readdirSync(path.join(dist, 'chunks')).map((f) => readFileSync(path.join(dist, 'chunks', f), 'utf8'));
    expect(chunks.filter((t) => /^\/\/ node_modules\/(?:character-entities|decode-named-character-reference)\//m.test(t))).toEqual([]);
    const shim = chunks.filter((t) => t.includes('// src/io/lazy-character-references.ts'));
    expect(shim.map((t) => [...t.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((r) => r.startsWith('.')))).toEqual([['../vendor/character-entities.cjs']]);
    cpSync(path.join(ROOT, 'templates'), path.join(dist, 'templates'), { recursive: true });
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const demo = (p: string) => readFileSync(path.join(ROOT, 'examples/demo', p), 'utf8');
      /** The files of the build the run loaded (V8 writes a coverage file per thread), and the NFR-006 annotation it wrote. */
      const judge = async (number: number, prd: string) => {
        const base = gh.commit({ 'docs/prd.md': demo('docs/prd.md'), 'docs/architecture.md': demo('docs/architecture.md') });
        const head = gh.commit({ 'docs/prd.md': prd }, base);
        gh.openPull({ number, headSha: head, headRef: `f${number}`, baseSha: base });
        const coverage = mkdtempSync(path.join(tmpdir(), 'archgate-cov-'));
        const run = await runAction(gh, 'pull_request', pullRequestEvent(gh, number), { mode: 'check' }, process.execPath, { NODE_V8_COVERAGE: coverage }, path.join(dist, 'index.js'));
        expect(run.stderr).toBe('');
        const files = readdirSync(coverage).flatMap((f) => (JSON.parse(readFileSync(path.join(coverage, f), 'utf8')) as { result: { url: string }[] }).result.map((s) => s.url));
        const loaded = files.filter((u) => u.startsWith('file:') && fileURLToPath(u).startsWith(dist)).map((u) => path.relative(dist, fileURLToPath(u)).split(path.sep).join('/'));
        return { vendor: [...new Set(loaded.filter((f) => f.startsWith('vendor/')))].sort(), nfr006: run.stdout.split('\n').filter((l) => l.startsWith('::error title=trace/nfr-addressed') && l.includes('NFR-006')) };
      };
      const NFR_006 = '- **NFR-006:** The interface is easy to use for non-technical staff.';
      const plain = await judge(1, demo('docs/prd.md').replace(NFR_006, `${NFR_006}\n`));
      expect(plain.vendor).toEqual([]);
      const written = await judge(2, demo('docs/prd.md').replace(NFR_006, '- **NFR-006:** Forms &amp; menus &rarr; easy to use for non-technical staff.'));
      expect(written.vendor).toEqual(['vendor/character-entities.cjs']);
      expect(written.nfr006).toEqual([
        '::error title=trace/nfr-addressed,file=docs/prd.md,line=40,col=1::NFR-006 (Forms & menus → easy to use for non-technical staff) is not cited in the architecture document. Nothing in the architecture document resembles it.%0AFix: Say in the architecture how NFR-006 is met and cite "NFR-006" there, or waive it in .github/archgate.yml with a reason.',
      ]);
    } finally {
      await gh.stop();
    }
  }, 60_000);

  it('the bundled CLI still runs a configured ID pattern on RE2, as the sources do, and refuses one RE2 cannot run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-re2-'));
    cpSync(path.join(ROOT, 'examples/demo'), dir, { recursive: true });
    const config = path.join(dir, '.github/archgate.yml');
    const check = () => spawnSync(process.execPath, [path.join(dist, 'cli.js'), 'check', dir, '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ARCHGATE_CACHE: 'off' } });
    // Only NFR-… IDs: the PRD's FR-… requirements are then not IDs, and a warning says so.
    writeFileSync(config, readFileSync(config, 'utf8') + 'ids:\n  pattern: "NFR-(?:\\\\d|\\\\w)+"\n');
    const withPattern = check();
    expect(withPattern.stderr).toBe('');
    const findings = JSON.parse(withPattern.stdout).docSets[0].findings as { rule: string; message: string }[];
    expect(findings.filter((f) => f.rule === 'prd/fr-defined').map((f) => f.message)).toEqual(['The functional requirements have no IDs, so none can be traced.']);
    expect(JSON.parse(withPattern.stdout).summary).toEqual((await runCheck({ dir })).summary);
    writeFileSync(config, 'ids:\n  pattern: "(NFR)\\\\1"\n');
    const refused = check();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('archgate: .github/archgate.yml:2:12: ids.pattern: cannot run in linear time (error parsing regexp: invalid escape sequence: `\\1`); write it without look-arounds ((?=, (?!, (?<=, (?<!) and back-references (\\1, \\k<name>)\n');
  });
});
