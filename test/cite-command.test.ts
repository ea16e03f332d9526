import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ROOT, corpusPairs, itWithShared } from './helpers.js';
import { citationStyle, insertCitation } from '../src/engine/cite-edit.js';
import { runCite } from '../src/cli/run-cite.js';
import { runCheck } from '../src/cli/run-check.js';
import { buildView } from '../src/engine/engine.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { resolveConfig } from '../src/config/resolve-config.js';

const PRD = [
  '# Flipper PRD',
  '',
  '## Non-Functional Requirements',
  '',
  '- **NFR-SEC-01:** API keys are encrypted at rest.',
  '- **NFR-SEC-02:** Rate limiting on all authentication endpoints.',
  '- **NFR-SEC-03:** Uploaded files are scanned for malware before storage.',
  '',
].join('\n');
const ARCH = [
  '# Flipper Architecture',
  '',
  '## Security Measures',
  '',
  '- Security headers (CSP, HSTS)',
  '- API key encryption at rest with AES-256-GCM, keys in Cloud KMS',
  '- Rate limiting on login and signup endpoints (10 requests/min per IP).',
  '',
].join('\r\n');

function project(arch = ARCH): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-cite-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs/prd.md'), PRD);
  writeFileSync(path.join(dir, 'docs/architecture.md'), arch);
  return dir;
}

/** Drive runCite as a terminal user would, answering each prompt in turn. */
async function cite(dir: string, answers: string[], options: { dryRun?: boolean } = {}) {
  const input = new PassThrough();
  let output = '';
  input.end(answers.map((a) => `${a}\n`).join(''));
  const outcome = await runCite({ dir, input, output: { write: (s: string) => (output += s) }, interactive: true, ...options });
  return { outcome, output };
}

describe('writing a citation into one line', () => {
  const place = (kind: 'paragraph' | 'item' | 'row' | 'heading' | 'code', line: number, endLine = line) => ({ kind, line, endLine });
  it.each([
    ['before the final stop of a sentence', 'Keys are encrypted at rest.\n', place('paragraph', 1), 'Keys are encrypted at rest (NFR-5).\n'],
    ['at the end of the last line of a wrapped paragraph', 'Keys are encrypted\nat rest with KMS\n\nNext.\n', place('paragraph', 1, 2), 'Keys are encrypted\nat rest with KMS (NFR-5)\n\nNext.\n'],
    ['at the end of a list item', '- AES-256 at rest\n- TLS 1.3\n', place('item', 1), '- AES-256 at rest (NFR-5)\n- TLS 1.3\n'],
    ['inside a table row\'s last cell', '| Store | AES-256 at rest  |\n', place('row', 1), '| Store | AES-256 at rest (NFR-5)  |\n'],
    ['before a heading\'s closing hashes', '## Encryption ##\n', place('heading', 1), '## Encryption (NFR-5) ##\n'],
    ['keeping CRLF line endings and trailing hard-break spaces', 'a\r\nKeys at rest.  \r\nb\r\n', place('paragraph', 2), 'a\r\nKeys at rest (NFR-5).  \r\nb\r\n'],
  ])('%s', (_name, text, where, expected) => {
    expect(insertCitation(text, where, 'NFR-5', 'parentheses')?.text).toBe(expected);
  });

  it('never inside a code block', () => {
    expect(insertCitation('```\ncode\n```\n', place('code', 2), 'NFR-5', 'parentheses')).toBeNull();
  });

  it('in the style the document already uses most', () => {
    expect(citationStyle(['Zones [NFR-1]. Cache [NFR-2, NFR-3].', 'Keys (NFR-4).'], ['NFR-1', 'NFR-2', 'NFR-3', 'NFR-4'])).toBe('brackets');
    expect(citationStyle(['Zones (NFR-1). A [link](x).'], ['NFR-1'])).toBe('parentheses');
    expect(insertCitation('Keys at rest.\n', place('paragraph', 1), 'NFR-5', 'brackets')?.text).toBe('Keys at rest [NFR-5].\n');
  });
});

describe('archgate cite', () => {
  it('walks the uncited NFRs, writes the chosen citation and the waiver, and nothing else changes', async () => {
    const dir = project();
    const { outcome, output } = await cite(dir, ['1', '1', 'w', 'no uploads in the MVP']);
    expect(outcome).toEqual({ cited: ['NFR-SEC-01', 'NFR-SEC-02'], waived: ['NFR-SEC-03'], skipped: [], written: ['docs/architecture.md', 'docs/prd.md'] });
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(
      [
        '# Flipper Architecture',
        '',
        '## Security Measures',
        '',
        '- Security headers (CSP, HSTS)',
        '- API key encryption at rest with AES-256-GCM, keys in Cloud KMS (NFR-SEC-01)',
        '- Rate limiting on login and signup endpoints (10 requests/min per IP) (NFR-SEC-02).',
        '',
      ].join('\r\n'),
    );
    // No config and no waiver yet: the waiver goes with the NFR, at the end of its PRD section.
    expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(`${PRD.slice(0, -1)}\n\n<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n`);
    expect(output).toContain('--- a/docs/prd.md\n+++ b/docs/prd.md\n@@ -7,0 +8,2 @@\n+\n+<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n');
    expect(output).toContain(
      [
        '[1/3] NFR-SEC-01 (API keys are encrypted at rest) is not cited in the architecture document. docs/prd.md:5',
        '  1) likely   docs/architecture.md:6  Security Measures',
        '     API key encryption at rest with AES-256-GCM, keys in Cloud KMS',
        '  1 cite there, s skip, w waive, q quit:   cited at docs/architecture.md:6',
      ].join('\n'),
    );
    expect(output).toContain('[3/3] NFR-SEC-03 (Uploaded files are scanned for malware before storage) is not cited in the architecture document. docs/prd.md:7\n  Nothing in the architecture document resembles it.\n  s skip, w waive, q quit:   Reason for the waiver:   waived in docs/prd.md\n');
    expect(output).toContain('--- a/docs/architecture.md\n+++ b/docs/architecture.md\n@@ -6 +6 @@\n-- API key encryption at rest with AES-256-GCM, keys in Cloud KMS\n+- API key encryption at rest with AES-256-GCM, keys in Cloud KMS (NFR-SEC-01)\n');
    expect(output.endsWith('cited 2, waived 1, skipped 0; wrote docs/architecture.md, docs/prd.md\n')).toBe(true);
    // What was written is what a check now sees: two covered, one waived.
    const after = await runCheck({ dir });
    expect(after.docSets[0].coverage.map((c) => [c.id, c.status])).toEqual([['NFR-SEC-01', 'covered'], ['NFR-SEC-02', 'covered'], ['NFR-SEC-03', 'waived']]);
  });

  describe('writes a waiver where the doc set\'s waivers are, else where the README says', () => {
    // The first two NFRs are cited, the third waived (answers 1, 1, w, reason); the PRD has a
    // section after the NFRs, so the end of the NFR's section is not the end of the file.
    const prd = `${PRD}## Out of Scope\n\n- Mobile apps\n`;
    const waive = (dir: string, reason = 'no uploads in the MVP') => cite(dir, ['1', '1', 'w', reason]);
    const withFiles = (files: Record<string, string>) => {
      const dir = project();
      writeFileSync(path.join(dir, 'docs/prd.md'), prd);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      return dir;
    };

    it('no config and no waiver yet: at the end of the NFR\'s own PRD section, the rest byte for byte', async () => {
      const dir = withFiles({});
      const { output } = await waive(dir);
      expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(prd.replace('before storage.\n', 'before storage.\n\n<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n'));
      expect(output).toContain('--- a/docs/prd.md\n+++ b/docs/prd.md\n@@ -7,0 +8,2 @@\n+\n+<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n');
      expect((await runCheck({ dir })).docSets[0].coverage.map((c) => [c.id, c.status])).toEqual([['NFR-SEC-01', 'covered'], ['NFR-SEC-02', 'covered'], ['NFR-SEC-03', 'waived']]);
    });

    it('two waivers in one section: one after the other, under one blank line', async () => {
      const dir = withFiles({});
      await cite(dir, ['w', 'keys live in the vault', 's', 'w', 'no uploads in the MVP']);
      expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(
        prd.replace('before storage.\n', 'before storage.\n\n<!-- archgate-waive NFR-SEC-01: keys live in the vault -->\n<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n'),
      );
      expect((await runCheck({ dir })).docSets[0].coverage.map((c) => c.status)).toEqual(['waived', 'implied', 'waived']);
    });

    it('a document already holding a waiver: on the next line after the last one, in its line endings', async () => {
      const arch = ARCH.replace('## Security Measures\r\n', '## Security Measures\r\n<!-- archgate-waive arch/backup-recovery: nothing stored yet -->\r\n');
      const dir = withFiles({ 'docs/architecture.md': arch });
      const { output } = await waive(dir);
      expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(prd);
      expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(
        arch
          .replace('nothing stored yet -->\r\n', 'nothing stored yet -->\r\n<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\r\n')
          .replace('keys in Cloud KMS\r\n', 'keys in Cloud KMS (NFR-SEC-01)\r\n')
          .replace('per IP).', 'per IP) (NFR-SEC-02).'),
      );
      // The citations below the inserted line are shown at their new numbers.
      expect(output).toContain('--- a/docs/architecture.md\n+++ b/docs/architecture.md\n@@ -4,0 +5,1 @@\n+<!-- archgate-waive NFR-SEC-03: no uploads in the MVP -->\n@@ -7 +8 @@\n');
      expect((await runCheck({ dir })).docSets[0].coverage.map((c) => c.status)).toEqual(['covered', 'covered', 'waived']);
    });

    it('a config with waivers: a new entry after the last, in its indentation, comments kept', async () => {
      const config = '# archgate\nwaivers:\n    - id: NFR-SEC-09   # the old import job\n      reason: retired in Q3\n\n# rules below\nrules:\n  arch/c4-diagrams: off\n';
      const dir = withFiles({ '.github/archgate.yml': config });
      const { output } = await waive(dir, 'no "uploads" in the MVP');
      expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(prd);
      expect(readFileSync(path.join(dir, '.github/archgate.yml'), 'utf8')).toBe(config.replace('retired in Q3\n', 'retired in Q3\n    - id: NFR-SEC-03\n      reason: "no \\"uploads\\" in the MVP"\n'));
      expect(output).toContain('  waived in .github/archgate.yml\n');
      expect(output).toContain('--- a/.github/archgate.yml\n+++ b/.github/archgate.yml\n@@ -4,0 +5,2 @@\n+    - id: NFR-SEC-03\n+      reason: "no \\"uploads\\" in the MVP"\n');
      expect((await runCheck({ dir })).docSets[0].coverage.map((c) => [c.id, c.status, c.waiver?.reason])).toEqual([['NFR-SEC-01', 'covered', undefined], ['NFR-SEC-02', 'covered', undefined], ['NFR-SEC-03', 'waived', 'no "uploads" in the MVP']]);
    });

    it('a config without waivers: a waivers list at its end, which a second waiver joins', async () => {
      const config = 'rules:\n  arch/c4-diagrams: off';
      const dir = withFiles({ '.github/archgate.yml': config });
      await cite(dir, ['w', 'keys live in the vault', 's', 'w', 'no uploads in the MVP']);
      expect(readFileSync(path.join(dir, '.github/archgate.yml'), 'utf8')).toBe(`${config}\nwaivers:\n  - id: NFR-SEC-01\n    reason: "keys live in the vault"\n  - id: NFR-SEC-03\n    reason: "no uploads in the MVP"`);
      expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH);
      expect(readFileSync(path.join(dir, 'docs/prd.md'), 'utf8')).toBe(prd);
      expect((await runCheck({ dir })).docSets[0].coverage.map((c) => c.status)).toEqual(['waived', 'implied', 'waived']);
    });
  });

  it('--dry-run prints the diff and writes nothing; skip and quit write nothing either', async () => {
    const dir = project();
    const { output } = await cite(dir, ['1', 'q'], { dryRun: true });
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH);
    expect(output).toContain('+- API key encryption at rest with AES-256-GCM, keys in Cloud KMS (NFR-SEC-01)\n');
    expect(output.endsWith('would cite 1, waived 0, skipped 0 (dry run: nothing written)\n')).toBe(true);
    await cite(dir, ['s', 's', 's']);
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH);
  });

  it('re-asks on an answer that is not a choice, and on a waiver without a reason', async () => {
    const dir = project();
    const { output } = await cite(dir, ['7', 's', 's', 'w', '', 's']);
    expect(output).toContain('  "7" is not one of the choices.\n');
    expect(output).toContain('  A waiver needs a reason; nothing written.\n');
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH);
  });

  it('takes a choice in capitals or as its word: "S", "Skip", "W", "Q"', async () => {
    const dir = project();
    const { outcome, output } = await cite(dir, ['S', 'Skip', 'W', 'uploads are out of the MVP', 'Q']);
    expect(output).not.toContain('is not one of the choices');
    expect(outcome).toMatchObject({ cited: [], waived: ['NFR-SEC-03'], skipped: ['NFR-SEC-01', 'NFR-SEC-02'] });
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH);
  });

  it('writes only inside the checked directory: an architecture that is a symlink to a file outside it is refused', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'archgate-outside-'));
    writeFileSync(path.join(outside, 'architecture.md'), ARCH);
    const dir = project();
    rmSync(path.join(dir, 'docs/architecture.md'));
    symlinkSync(path.join(outside, 'architecture.md'), path.join(dir, 'docs/architecture.md'));
    await expect(cite(dir, ['1', '1', 's'])).rejects.toThrow(/outside the checked directory/);
    expect(readFileSync(path.join(outside, 'architecture.md'), 'utf8')).toBe(ARCH);
  });

  it('without a terminal it asks for --accept implied, and --accept implied cites the implied rows only', async () => {
    const dir = project();
    await expect(runCite({ dir, input: new PassThrough(), output: { write: () => true }, interactive: false })).rejects.toThrow(/pass --accept implied/);
    let output = '';
    const outcome = await runCite({ dir, input: new PassThrough(), output: { write: (s: string) => (output += s) }, interactive: false, accept: 'implied' });
    expect(outcome).toEqual({ cited: ['NFR-SEC-01', 'NFR-SEC-02'], waived: [], skipped: ['NFR-SEC-03'], written: ['docs/architecture.md'] });
    expect(output.startsWith('NFR-SEC-01: cited at docs/architecture.md:6\n')).toBe(true);
  });
});

describe('archgate cite as a user runs it', () => {
  it('in a real terminal (tmux): prompts, takes keys, writes the chosen citation (the built CLI: npm test builds first)', () => {
    const dir = project();
    const session = `archgate-cite-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
    const screen = () => tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-100');
    // Wait for text by polling the pane a bounded number of times (no clock involved): up to a
    // minute, since a loaded 2-core runner can take many seconds to start a process.
    const waitFor = (text: string) => {
      for (let i = 0; i < 600; i++) {
        if (screen().includes(text)) return;
        execFileSync('sleep', ['0.1']);
      }
      throw new Error(`the terminal never showed "${text}":\n${screen()}`);
    };
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '60', '-c', ROOT, `node dist/cli.js cite ${dir}; echo "exit=$?"; sleep 30`);
    try {
      waitFor('[1/3] NFR-SEC-01');
      waitFor('1 cite there, s skip, w waive, q quit:');
      tmux('send-keys', '-t', session, '1', 'Enter');
      waitFor('[2/3] NFR-SEC-02');
      tmux('send-keys', '-t', session, 's', 'Enter');
      waitFor('[3/3] NFR-SEC-03');
      tmux('send-keys', '-t', session, 'q', 'Enter');
      waitFor('exit=0');
      const shown = screen();
      expect(shown).toContain('+- API key encryption at rest with AES-256-GCM, keys in Cloud KMS (NFR-SEC-01)');
      expect(shown).toContain('cited 1, waived 0, skipped 1; wrote docs/architecture.md');
    } finally {
      tmux('kill-session', '-t', session);
    }
    expect(readFileSync(path.join(dir, 'docs/architecture.md'), 'utf8')).toBe(ARCH.replace('keys in Cloud KMS\r\n', 'keys in Cloud KMS (NFR-SEC-01)\r\n'));
  });

  // Two real pairs, copied: the author takes the first place offered for every NFR that has one.
  for (const prefix of ['08-', '17-']) {
    itWithShared(`on corpus pair ${prefix}: only the chosen lines change, by the citation alone, and each cited NFR is covered after`, async () => {
      const pair = corpusPairs().find((p) => p.name.startsWith(prefix))!;
      const dir = mkdtempSync(path.join(tmpdir(), 'archgate-cite-corpus-'));
      cpSync(pair.dir, dir, { recursive: true });
      const paths = { prd: pair.prd, architecture: pair.architecture };
      const before = await runCheck({ dir, ...paths });
      const view = buildView(readDocSet(dir, { name: pair.name, ...paths }), resolveConfig({}).engine);
      const rows = view.coverage.rows.filter((r) => r.requirement.kind === 'nfr' && (r.status === 'uncovered' || r.status === 'implied'));
      // Numbered choices are the places a citation can be written into (not code blocks).
      const citable = (r: (typeof rows)[number]) => r.suggestions.some((s) => s.kind !== 'code');
      const answers = rows.map((r) => (citable(r) ? '1' : 's'));
      const input = new PassThrough();
      input.end(answers.map((a) => `${a}\n`).join(''));
      const outcome = await runCite({ dir, ...paths, input, output: { write: () => true }, interactive: true });
      expect(outcome.cited).toEqual(rows.filter(citable).map((r) => r.requirement.id));
      expect(outcome.cited.length).toBeGreaterThan(2);

      for (const file of before.docSets[0].architecture.files) {
        const old = readFileSync(path.join(pair.dir, file), 'utf8').split('\n');
        const now = readFileSync(path.join(dir, file), 'utf8').split('\n');
        expect(now.length).toBe(old.length);
        for (const [i, line] of now.entries()) {
          if (line === old[i]) continue;
          // The changed line is the old one with " (ID)" inserted (two NFRs may be cited at one place).
          const stripped = outcome.cited.reduce((l, id) => l.replace(` (${id})`, ''), line);
          expect(stripped, `line ${i + 1}`).toBe(old[i]);
        }
      }
      const after = await runCheck({ dir, ...paths });
      const covered = new Set(after.docSets[0].coverage.filter((c) => c.status === 'covered').map((c) => c.id));
      for (const id of outcome.cited) expect(covered.has(id), id).toBe(true);
    });
  }
});
