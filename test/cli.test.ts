import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, corpusPairs, itWithShared } from './helpers.js';

// The bundled CLI, run as a user runs it: a process, its exit code, stdout and stderr.
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (args: string[], cwd = ROOT, env: Record<string, string> = {}) => {
  // A CLI that does not exit (a worker left holding the process) fails here instead of hanging.
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }, timeout: 240_000 });
  if (r.error) throw new Error(`archgate ${args.join(' ')}: ${r.error.message}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = () => mkdtempSync(path.join(tmpdir(), 'archgate-'));

describe('archgate check', () => {
  it('prints file:line:col  severity  message  rule-id, a fix under each, a summary, and exits 1 on an error', () => {
    const r = run(['check', 'examples/demo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs/architecture.md:91:96  error    Unfilled unfinished marker "TBD".  arch/no-placeholders\n    fix: Replace "TBD" with the real content, or delete it.');
    expect(r.stdout).toMatch(/docs\/prd\.md:\d+:1 {2}warning {2}NFR-006 has no measurable target\. {2}prd\/nfr-measurable/);
    expect(r.stdout).toContain('docs/architecture.md:100:1  error    The architecture says >= 99% where NFR-003 in the PRD says >= 99.5% (availability).  trace/target-mismatch');
    expect(r.stdout.trim().split('\n').pop()).toBe('✖ fail: 3 errors, 8 warnings (fail-on: error)');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('prints the NFR coverage table with a summary by status and category', () => {
    const r = run(['check', 'examples/demo']);
    expect(r.stdout).toMatch(/^ {2}NFR-002 {2}The review screen loads in under 800 ms… {2}performance {3}implied {4}docs\/architecture\.md:72 \(restates its target p95 < 800 ms\)$/m);
    expect(r.stdout).toMatch(/^ {2}NFR-006 .* waived {5}waived: Usability is checked in moderated user tests/m);
    expect(r.stdout).toContain('6 NFRs: 3 covered, 1 implied, 1 uncovered, 1 waived; addressed by category: availability 1/1, performance 2/2, security 1/2, usability 1/1');
  });

  it('exits 0 when nothing reaches --fail-on, 1 with --fail-on warning', () => {
    expect(run(['check', 'examples/demo', '--fail-on', 'never']).code).toBe(0);
    const dir = tmp();
    cpSync(path.join(ROOT, 'examples/demo'), dir, { recursive: true });
    const arch = path.join(dir, 'docs/architecture.md');
    writeFileSync(
      arch,
      readFileSync(arch, 'utf8')
        .replace('TBD: which region.', 'Region: eu-west-1.')
        .replace('99% uptime (NFR-003)', '99.5% uptime (NFR-003)')
        .replace('## Requirements Addressed', '## Requirements Addressed\n\nNFR-005: roles are enforced in the API; each service has its own least-privilege IAM role.'),
    );
    expect(run(['check', dir]).code).toBe(0);
    expect(run(['check', dir, '--fail-on', 'warning']).code).toBe(1);
  });

  it('writes the json report', () => {
    const r = run(['check', 'examples/demo', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, result: 'fail', summary: { errors: 3, nfrTotal: 6, nfrCovered: 3, nfrImplied: 1, nfrUncovered: 1, nfrWaived: 1 } });
    expect(report.docSets[0].coverage.find((c: { id: string }) => c.id === 'NFR-003')).toMatchObject({ status: 'covered', mismatches: [{ prd: '>= 99.5%', architecture: '>= 99%', file: 'docs/architecture.md', line: 100 }] });
    expect(report.docSets[0]).toMatchObject({ name: 'invoice-hub', prd: { files: ['docs/prd.md'] }, architecture: { files: ['docs/architecture.md'] } });
  });

  it('reads docs/prd.md and docs/architecture.md by default, and a missing one is a finding', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/prd.md'), '# PRD\n');
    const r = run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs/architecture.md:1:1  error    The architecture document was not found at docs/architecture.md.  arch/file-exists');
    expect(r.stderr).toBe('');
  });

  itWithShared('joins repeated --prd paths into one document (a PRD with its NFRs in a separate file)', () => {
    const pair = corpusPairs().find((p) => p.name.startsWith('30-'))!;
    const r = run(['check', pair.dir, '--prd', 'docs/requirements/FRD.md', '--prd', 'docs/requirements/NFR.md', '--architecture', 'docs/architecture/system-design.md', '--format', 'json']);
    expect(JSON.parse(r.stdout).docSets[0].prd.files).toEqual(['docs/requirements/FRD.md', 'docs/requirements/NFR.md']);
  });

  it('runs one doc set with --doc-set and refuses an unknown one with exit 2', () => {
    expect(JSON.parse(run(['check', 'examples/demo', '--doc-set', 'invoice-hub', '--format', 'json']).stdout).docSets).toHaveLength(1);
    const r = run(['check', 'examples/demo', '--doc-set', 'nope']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('archgate: --doc-set: no doc set named "nope" in the config (known: invoice-hub)\n');
  });

  it('exits 2 with one clear line on usage and config errors, never a stack trace', () => {
    const bad = run(['check', '--format', 'xml']);
    expect(bad).toMatchObject({ code: 2, stderr: 'archgate: --format must be one of stylish, json, sarif, markdown, github (got "xml")\n' });
    expect(run(['check', '--frobnicate']).code).toBe(2);
    const dir = tmp();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github/archgate.yml'), 'rules:\n  prd/nope: error\n');
    const r = run(['check', dir]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'archgate: .github/archgate.yml:2:3: rules.prd/nope: is not a known key\n' });
  });

  it('colours only on a terminal, and never when NO_COLOR is set', async () => {
    const { run: cli } = await import('../src/cli/cli-main.js');
    const capture = async (isTTY: boolean, env: Record<string, string>) => {
      let out = '';
      await cli(['check', path.join(ROOT, 'examples/demo')], { stdout: { write: (s: string) => (out += s), isTTY }, stderr: { write: () => true, isTTY: false }, env });
      return out;
    };
    expect(await capture(true, {})).toContain('\u001b[31m');
    expect(await capture(true, { NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(await capture(false, {})).not.toContain('\u001b[');
  });
});

describe('archgate init', () => {
  it('writes skeletons that fail */no-placeholders until filled, then pass every structure rule even in the strict preset', () => {
    const dir = tmp();
    const init = run(['init', dir]);
    expect(init.code).toBe(0);
    // The package is not on the npm registry: the next step names the command that runs this one.
    expect(init.stdout).toBe('Wrote docs/prd.md and docs/architecture.md. Fill in the [bracketed] placeholders, then run: npx github:archgate/archgate check (or archgate check where archgate is installed)\n');
    const first = JSON.parse(run(['check', dir, '--format', 'json']).stdout);
    const rules = new Set(first.docSets[0].findings.map((f: { rule: string }) => f.rule));
    expect([...rules].sort()).toEqual(['arch/no-placeholders', 'prd/no-placeholders']);
    expect(first.result).toBe('fail');

    // Fill every placeholder the way an author would: with real words.
    for (const file of ['docs/prd.md', 'docs/architecture.md']) {
      const p = path.join(dir, file);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/\[[^\]\n]+\]/g, 'Acme Ledger'));
    }
    writeFileSync(path.join(dir, 'strict.yml'), 'preset: strict\n');
    const filled = JSON.parse(run(['check', dir, '--config', 'strict.yml', '--format', 'json']).stdout);
    expect(filled.docSets[0].findings).toEqual([]);
    expect(filled.result).toBe('pass');
  });

  it('refuses to overwrite existing documents without --force', () => {
    const dir = tmp();
    expect(run(['init', dir]).code).toBe(0);
    const again = run(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exist; nothing was written (use --force to overwrite)');
    expect(run(['init', dir, '--force']).code).toBe(0);
  });
});

describe('archgate rules', () => {
  it('lists every rule with its default severity', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^prd\/file-exists +error +The PRD named by the doc set exists\.$/m);
    expect(r.stdout).toMatch(/^arch\/caching +off +/m);
  });
});

describe('starting the mermaid worker early', () => {
  it('guesses from the documents the command line names, or the default ones, whether a check meets mermaid', async () => {
    const { checkMayMeetMermaid } = await import('../src/cli/peek-mermaid.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-peek-'));
    mkdirSync(path.join(dir, 'docs/architecture'), { recursive: true });
    writeFileSync(path.join(dir, 'docs/prd.md'), '# PRD\n');
    writeFileSync(path.join(dir, 'plain.md'), '# A\n\n```js\nmermaid\n```\n');
    writeFileSync(path.join(dir, 'drawn.md'), '# A\n\n~~~ mermaid\nflowchart LR\n  a --> b\n~~~\n');
    expect(checkMayMeetMermaid(['check', dir])).toBe(false);
    expect(checkMayMeetMermaid(['check', dir, '--architecture', 'plain.md'])).toBe(false);
    expect(checkMayMeetMermaid(['check', dir, '--format', 'json', '--architecture=drawn.md'])).toBe(true);
    writeFileSync(path.join(dir, 'docs/architecture/views.md'), '```mermaid\ngraph TD\n```\n');
    expect(checkMayMeetMermaid(['check', dir])).toBe(true); // the default shard folder
  });
});

describe('archgate check stays inside the checked directory', () => {
  // In process: the process adds nothing to what is read and refused.
  const check = async (args: string[]) => {
    const { run: cli } = await import('../src/cli/cli-main.js');
    let stdout = '';
    let stderr = '';
    const code = await cli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
    return { code, stdout, stderr };
  };
  const SECRET = 'GITHUB_TOKEN=ghp_secret';
  // A repository inside a folder that also holds a secret beside it.
  const layout = () => {
    const outer = tmp();
    writeFileSync(path.join(outer, 'secret.md'), `# ${SECRET}\n`);
    mkdirSync(path.join(outer, 'secrets'));
    writeFileSync(path.join(outer, 'secrets/prd.md'), `# ${SECRET}\n`);
    const dir = path.join(outer, 'repo');
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/architecture.md'), '# Architecture\n');
    return { outer, dir };
  };
  const refusal = (where: string, rel: string, dir: string, target?: string) =>
    `archgate: ${where ? `${where}: ` : ''}"${rel}" ${target ? `leads to ${target}, which is` : 'is'} outside the checked directory ${dir}; archgate reads and writes only files inside it. Use a path inside it, or check the directory that holds the file.\n`;

  it('refuses a config path with ../, naming the config key, and exits 2 without reading it', async () => {
    const { dir } = layout();
    writeFileSync(path.join(dir, '.github/archgate.yml'), 'docSets:\n  - name: web\n    prd: ../secret.md\n');
    expect(await check(['check', dir, '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: refusal('.github/archgate.yml: docSets.0.prd', '../secret.md', dir) });
  });

  it('refuses an absolute config path', async () => {
    const { outer, dir } = layout();
    writeFileSync(path.join(dir, '.github/archgate.yml'), `docSets:\n  - name: web\n    architecture: [docs/architecture.md, ${path.join(outer, 'secret.md')}]\n`);
    expect(await check(['check', dir])).toEqual({ code: 2, stdout: '', stderr: refusal('.github/archgate.yml: docSets.0.architecture', path.join(outer, 'secret.md'), dir) });
  });

  it('refuses a document that is a symlink out of the directory, and a symlinked folder', async () => {
    const { outer, dir } = layout();
    symlinkSync(path.join(outer, 'secret.md'), path.join(dir, 'docs/prd.md'));
    expect(await check(['check', dir])).toEqual({ code: 2, stdout: '', stderr: refusal('', 'docs/prd.md', dir, path.join(outer, 'secret.md')) });
    rmSync(path.join(dir, 'docs/prd.md'));
    symlinkSync(path.join(outer, 'secrets'), path.join(dir, 'docs/prd'));
    writeFileSync(path.join(dir, '.github/archgate.yml'), 'docSets:\n  - name: web\n    prd: docs/prd\n');
    expect(await check(['check', dir])).toEqual({ code: 2, stdout: '', stderr: refusal('.github/archgate.yml: docSets.0.prd', 'docs/prd', dir, path.join(outer, 'secrets')) });
  });

  it('holds --prd, --architecture and --config to the same rule', async () => {
    const { dir } = layout();
    expect(await check(['check', dir, '--prd', '../secret.md'])).toEqual({ code: 2, stdout: '', stderr: refusal('--prd', '../secret.md', dir) });
    expect(await check(['check', dir, '--architecture', '../secrets/prd.md'])).toEqual({ code: 2, stdout: '', stderr: refusal('--architecture', '../secrets/prd.md', dir) });
    expect(await check(['check', dir, '--config', '../secret.md'])).toEqual({ code: 2, stdout: '', stderr: refusal('--config', '../secret.md', dir) });
  });

  it('refuses a default config that is a symlink out of the directory', async () => {
    const { outer, dir } = layout();
    symlinkSync(path.join(outer, 'secret.md'), path.join(dir, '.github/archgate.yml'));
    expect(await check(['check', dir])).toEqual({ code: 2, stdout: '', stderr: refusal('.github/archgate.yml', '.github/archgate.yml', dir, path.join(outer, 'secret.md')) });
  });

  it('--fix never writes through a symlink to a file outside the directory', async () => {
    const { outer, dir } = layout();
    const target = path.join(outer, 'arch.md');
    const stale = '# Architecture\n\n<!-- archgate:begin components -->\nold\n<!-- archgate:end -->\n';
    writeFileSync(target, stale);
    rmSync(path.join(dir, 'docs/architecture.md'));
    symlinkSync(target, path.join(dir, 'docs/architecture.md'));
    writeFileSync(path.join(dir, 'docs/prd.md'), '# PRD\n');
    expect(await check(['check', dir, '--fix'])).toEqual({ code: 2, stdout: '', stderr: refusal('', 'docs/architecture.md', dir, target) });
    expect(readFileSync(target, 'utf8')).toBe(stale);
  });
});
