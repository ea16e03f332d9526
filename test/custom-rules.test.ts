import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { check, configError } from './helpers.js';

// One custom rule of each kind, as a team would write them in .github/archgate.yml.
const CONFIG = `
customRules:
  - id: team/threat-model
    kind: required-section
    document: architecture
    section: [Threat Model, Threats]
    level: error
    message: The architecture needs a threat model.
    link: https://example.com/our-standard
  - id: team/stride
    kind: required-pattern
    document: architecture
    section: [Threat Model]
    pattern: "STRIDE"
    message: The threat model does not use STRIDE.
  - id: team/no-mongodb
    kind: forbidden-pattern
    document: architecture
    pattern: "\\\\bMongoDB\\\\b"
    message: MongoDB is not on the approved list.
  - id: team/adr-count
    kind: min-occurrences
    document: architecture
    pattern: "ADR-\\\\d+"
    min: 2
    message: The architecture records too few ADRs.
  - id: team/risk-table
    kind: table-columns
    document: architecture
    section: [Risks]
    columns: [Risk, Likelihood, Mitigation]
    message: The risk table lacks the columns Risk, Likelihood and Mitigation.
  - id: team/login-sequence
    kind: diagram-required
    document: architecture
    diagram: sequence
    message: The architecture has no sequence diagram.
  - id: team/db-why
    kind: rationale
    document: architecture
    pattern: "PostgreSQL"
    message: The architecture names PostgreSQL without saying why.
  - id: team/hosting-options
    kind: min-options
    document: architecture
    section: [Hosting]
    min: 2
    message: The hosting section compares too few options.
`;

const BREAKS = [
  '# Shop architecture', // 1
  '',
  '## Threat Model', // 3
  '',
  '## Data', // 5
  '',
  'Orders live in PostgreSQL. Sessions live in MongoDB.', // 7
  '',
  '## Risks', // 9
  '',
  '| Risk | Mitigation |',
  '|---|---|',
  '| Card data leak | Tokenise with the PSP |',
  '',
  '## Hosting', // 15
  '',
  'Fly.io.',
  '',
  'ADR-001 chose Fly.io.',
].join('\n');

const FOLLOWS = [
  '# Shop architecture',
  '',
  '## Threat Model',
  '',
  'We walk each data flow with STRIDE.',
  '',
  '## Data',
  '',
  'Orders live in PostgreSQL, because refunds need transactions.',
  '',
  '## Risks',
  '',
  '| Risk | Likelihood | Mitigation |',
  '|---|---|---|',
  '| Card data leak | low | Tokenise with the PSP |',
  '',
  '## Hosting',
  '',
  '### Option A: Fly.io',
  '',
  '### Option B: Cloud Run',
  '',
  'ADR-001 and ADR-002 record the choice.',
  '',
  '```mermaid',
  'sequenceDiagram',
  '  Shopper->>API: checkout',
  '```',
].join('\n');

const customFindings = (arch: string) =>
  check('', arch, loadConfig(CONFIG, '.github/archgate.yml'))
    .findings.filter((f) => f.rule.startsWith('team/'))
    .map((f) => `${f.line} ${f.severity} ${f.rule}: ${f.message} | ${f.fix}`);

describe('customRules: one of each kind', () => {
  it('each reports on a doc set that breaks it, at the line a reader would look', () => {
    expect(customFindings(BREAKS)).toEqual([
      '1 warning team/adr-count: The architecture records too few ADRs (found 1, need 2). | Write /ADR-\\d+/ at least 2 times.',
      '1 warning team/db-why: The architecture names PostgreSQL without saying why. | Say why, next to where /PostgreSQL/ is named.',
      '1 warning team/login-sequence: The architecture has no sequence diagram. | Add a sequence diagram.',
      '3 warning team/stride: The threat model does not use STRIDE. | Add text matching /STRIDE/ under "Threat Model".',
      '3 error team/threat-model: The architecture needs a threat model ("Threat Model" has no text under it). | Add a section headed "Threat Model" with text under it. See https://example.com/our-standard',
      '7 warning team/no-mongodb: MongoDB is not on the approved list (found "MongoDB"). | Remove or reword the text matching /\\bMongoDB\\b/.',
      '9 warning team/risk-table: The risk table lacks the columns Risk, Likelihood and Mitigation. | Add a table under "Risks" with the columns Risk, Likelihood, Mitigation.',
      '15 warning team/hosting-options: The hosting section compares too few options (found one, need 2). | Add at least 2 options under "Hosting".',
    ]);
  });

  it('each stays silent on a doc set that follows it', () => {
    expect(customFindings(FOLLOWS)).toEqual([]);
  });

  it('the strict preset makes custom rules errors; a waiver may name a custom rule', () => {
    const strict = check('', BREAKS, loadConfig(`preset: strict\n${CONFIG}`, '.github/archgate.yml'));
    expect(new Set(strict.findings.filter((f) => f.rule.startsWith('team/')).map((f) => f.severity))).toEqual(new Set(['error']));
    const waived = check('', BREAKS, loadConfig(`${CONFIG}\nwaivers:\n  - rule: team/no-mongodb\n    reason: sessions move to Redis in Q3\n`, '.github/archgate.yml'));
    expect(waived.findings.filter((f) => f.rule === 'team/no-mongodb' || f.rule === 'trace/waivers')).toEqual([]);
  });
});

describe('customRules: a bad record is a config error at file:line:key', () => {
  it('an unknown kind, a missing field, a field of another kind, a built-in namespace', () => {
    expect(configError('customRules:\n  - id: team/x\n    kind: must-exist\n    document: prd\n    message: Needs it.\n')).toMatch(/^\.github\/archgate\.yml:3:11: customRules\.0\.kind: must be one of "required-section"/);
    expect(configError('customRules:\n  - id: team/x\n    kind: table-columns\n    document: prd\n    message: Needs it.\n')).toBe(".github/archgate.yml:2:5: customRules.0: must have required property 'columns'");
    expect(configError('customRules:\n  - id: team/x\n    kind: required-section\n    document: prd\n    section: [Risks]\n    columns: [A]\n    message: Needs it.\n')).toBe(".github/archgate.yml:6:5: customRules.0.columns: is not a field of this rule's kind");
    expect(configError('customRules:\n  - id: arch/x\n    kind: required-section\n    document: prd\n    section: [Risks]\n    message: Needs it.\n')).toBe('.github/archgate.yml:2:9: customRules.0.id: must NOT be valid');
  });

  it('a pattern runs on RE2: nested quantifiers are fine, look-arounds and invalid patterns are refused', () => {
    const rule = (pattern: string) => `customRules:\n  - id: team/x\n    kind: required-pattern\n    document: prd\n    pattern: "${pattern}"\n    message: Needs it.\n`;
    expect(() => loadConfig(rule('(a+)+$'), '.github/archgate.yml')).not.toThrow();
    expect(configError(rule('STRIDE(?=!)'))).toMatch(/^\.github\/archgate\.yml:5:14: customRules\.0\.pattern: cannot run in linear time \(.+\); write it without look-arounds/);
    expect(configError(rule('(unclosed'))).toMatch(/^\.github\/archgate\.yml:5:14: customRules\.0\.pattern: cannot run in linear time \(.*missing.*\)/);
  });

  it('a pattern that is exponential on JavaScript ((a|a)*b on 20,000 a\'s) completes, because it runs on RE2', () => {
    // On JS's engine each extra "a" doubles the work: this run would never end there.
    const config = loadConfig('customRules:\n  - id: team/x\n    kind: forbidden-pattern\n    document: architecture\n    pattern: "(a|a)*b"\n    message: No.\n', '.github/archgate.yml');
    const arch = (n: number) => `# A\n\n${'a'.repeat(n)}!`;
    expect(check('', arch(20_000), config).findings.filter((f) => f.rule === 'team/x')).toEqual([]);
  });
});
