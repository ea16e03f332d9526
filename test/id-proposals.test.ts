import { cpSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, check, rulesOf } from './helpers.js';
import { run } from '../src/cli/cli-main.js';

const FIXTURE = path.join(ROOT, 'test/fixtures/nfr-without-ids');
const copy = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-ids-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
};
const cli = async (args: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  return { code, stdout, stderr };
};

const DIFF = [
  '--- a/docs/prd.md',
  '+++ b/docs/prd.md',
  '@@ -20,2 +20,2 @@',
  '-- Arrival times refresh at least every 30 seconds.',
  '-- The stop page loads in under 2 seconds on a 3G connection.',
  '+- **NFR-01:** Arrival times refresh at least every 30 seconds.',
  '+- **NFR-02:** The stop page loads in under 2 seconds on a 3G connection.',
  '@@ -23,4 +23,4 @@',
  '-| Quality | Target |',
  '-|---|---|',
  '-| Availability | 99.5% per month |',
  '-| Accessibility | WCAG 2.1 AA |',
  '+| ID | Quality | Target |',
  '+| --- |---|---|',
  '+| NFR-03 | Availability | 99.5% per month |',
  '+| NFR-04 | Accessibility | WCAG 2.1 AA |',
  '',
].join('\n');

describe('NFRs without IDs', () => {
  it('one finding says they cannot be traced and shows how to number them in the document\'s style', () => {
    const prd = readFileSync(path.join(FIXTURE, 'docs/prd.md'), 'utf8');
    const [finding, ...rest] = rulesOf(check(prd, '# A\n'), 'prd/nfr-defined');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      file: 'docs/prd.md',
      line: 20,
      message: 'The non-functional requirements list 4 requirements without IDs, so none can be traced.',
      fix: 'Number them in the document\'s style, e.g. "- **NFR-01:** Arrival times refresh at least every 30 seconds." (NFR-01 to NFR-04): run "archgate ids" to see every proposed ID as a diff and "archgate ids --write --yes" to write them.',
    });
  });

  it('says so when IDs are found but none is an NFR (the ids.pattern trap)', () => {
    const prd = '## Scope\n\n- **REQ-1:** Export to CSV.\n- **REQ-2:** 99.9% uptime.\n';
    const [finding] = rulesOf(check(prd, '# A\n', { ids: { pattern: 'REQ-\\d+' } }), 'prd/nfr-defined');
    expect(finding).toMatchObject({
      line: 3,
      message: 'The PRD defines 2 requirement IDs (REQ-1, REQ-2) but none is a non-functional requirement.',
      fix: 'Define the non-functional ones under a "Non-Functional Requirements" (or "Quality Requirements") heading, or list their prefix under ids.prefixes.nfr in .github/archgate.yml: ids.pattern finds IDs but does not say which are NFRs.',
    });
  });

  it('archgate ids prints the diff and writes nothing (dry run); --write without --yes writes nothing either', async () => {
    const dir = copy();
    const before = readFileSync(path.join(dir, 'docs/prd.md'));
    const dry = await cli(['ids', dir]);
    expect(dry).toEqual({ code: 0, stderr: '', stdout: `${DIFF}\nDry run: run "archgate ids --write --yes" to write these 4 IDs (NFR-01 to NFR-04).\n` });
    const unconfirmed = await cli(['ids', dir, '--write']);
    expect(unconfirmed.stdout.endsWith('\nNothing was written: add --yes to write these 4 IDs (NFR-01 to NFR-04).\n')).toBe(true);
    expect(readFileSync(path.join(dir, 'docs/prd.md')).equals(before)).toBe(true);
  });

  it('archgate ids --write --yes changes only the numbered lines, byte for byte elsewhere, and the PRD then traces', async () => {
    const dir = copy();
    const file = path.join(dir, 'docs/prd.md');
    // CRLF line ends and a byte that is not UTF-8 on a line the edit does not touch stay as they are.
    const original = Buffer.concat([Buffer.from(readFileSync(file, 'utf8').replace(/\n/g, '\r\n').replace('Trip planning.', 'Trip planning ')), Buffer.from([0xff, 0x0d, 0x0a])]);
    writeFileSync(file, original);
    const written = await cli(['ids', dir, '--write', '--yes']);
    expect(written.stdout.endsWith('\nWrote 4 IDs (NFR-01 to NFR-04) to docs/prd.md.\n')).toBe(true);
    const after = readFileSync(file);
    const expected = Buffer.from(
      original
        .toString('latin1')
        .replace('- Arrival', '- **NFR-01:** Arrival')
        .replace('- The stop', '- **NFR-02:** The stop')
        .replace('| Quality |', '| ID | Quality |')
        .replace('|---|---|', '| --- |---|---|')
        .replace('| Availability', '| NFR-03 | Availability')
        .replace('| Accessibility', '| NFR-04 | Accessibility'),
      'latin1',
    );
    expect(after.equals(expected)).toBe(true);
    const again = await cli(['ids', dir]);
    expect(again.stdout).toBe('Every non-functional requirement has an ID: nothing to add.\n');
  });

  it('never writes outside the checked directory: a PRD that is a symlink to a file elsewhere is refused', async () => {
    const dir = copy();
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'archgate-outside-')), 'prd.md');
    writeFileSync(outside, readFileSync(path.join(dir, 'docs/prd.md')));
    unlinkSync(path.join(dir, 'docs/prd.md'));
    symlinkSync(outside, path.join(dir, 'docs/prd.md'));
    const before = readFileSync(outside);
    const r = await cli(['ids', dir, '--write', '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('docs/prd.md');
    expect(readFileSync(outside).equals(before)).toBe(true);
  });
});

describe('archgate ids reads the doc set as check does', () => {
  const ARC42 = path.join(ROOT, 'test/fixtures/arc42-pipeline');
  const ARC42_NOTE = 'archgate: note: No PRD is configured and docs/prd.md does not exist, so docs/arc42/10_quality_requirements.md (arc42\'s quality requirements) is read as the PRD, not as architecture: a requirement\'s definition is never its citation.\n';
  const arc42Copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-ids-arc42-'));
    cpSync(ARC42, dir, { recursive: true });
    return dir;
  };

  it('numbers an arc42 folder\'s §10 when no PRD is configured, and leaves the quality tree that names the IDs alone', async () => {
    const dir = arc42Copy();
    const file = path.join(dir, 'docs/arc42/10_quality_requirements.md');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `${before}\n## 10.3 Further Scenarios\n\n- An export of 10,000 metrics rows completes within 30 seconds.\n`);
    const line = before.split('\n').length + 3;
    expect(await cli(['ids', dir])).toEqual({
      code: 0,
      stderr: ARC42_NOTE,
      stdout: [
        '--- a/docs/arc42/10_quality_requirements.md',
        '+++ b/docs/arc42/10_quality_requirements.md',
        `@@ -${line},1 +${line},1 @@`,
        '-- An export of 10,000 metrics rows completes within 30 seconds.',
        '+- **QS-S4:** An export of 10,000 metrics rows completes within 30 seconds.',
        '',
        'Dry run: run "archgate ids --write --yes" to write this ID (QS-S4).',
        '',
      ].join('\n'),
    });
  });

  it('says every NFR of the unchanged arc42 fixture has an ID, having read its §10', async () => {
    expect(await cli(['ids', arc42Copy()])).toEqual({ code: 0, stderr: ARC42_NOTE, stdout: 'Every non-functional requirement has an ID: nothing to add.\n' });
  });

  it('does not claim every NFR has an ID when it found no PRD', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-ids-none-'));
    cpSync(path.join(ARC42, 'docs/arc42/04_solution_strategy.md'), path.join(dir, 'docs/architecture.md'));
    expect(await cli(['ids', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'archgate: note: doc set "default": no PRD at docs/prd.md, so no IDs were proposed for it. Name the PRD with --prd or under docSets in the config.\n',
    });
  });
});
