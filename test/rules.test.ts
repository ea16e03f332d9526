import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { check, checkAsync, rulesOf } from './helpers.js';

// Like remark-lint: the examples in each rule's docs are its first tests.
describe('every rule', () => {
  it('has a kebab-case namespaced ID, a description, a rationale, and a unique ID', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^(prd|arch|trace|diagram)\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.rationale.length).toBeGreaterThan(40);
    }
  });

  for (const rule of RULES.filter((r) => r.meta.examples)) {
    const id = rule.meta.id;
    const run = (md: string) => {
      // Rules that are off by default are switched on to run their examples.
      const config = { rules: { [id]: true } };
      // Trace examples hold both documents: "<!-- prd -->\n...\n<!-- architecture -->\n...".
      if (md.includes('<!-- prd -->')) {
        const [prd, arch = ''] = md.replace('<!-- prd -->\n', '').split('<!-- architecture -->\n');
        return checkAsync(prd, arch, config);
      }
      return id.startsWith('prd/') ? checkAsync(md, '', config) : checkAsync('', md, config);
    };
    it(`${id}: the passing example passes`, async () => {
      expect(rulesOf(await run(rule.meta.examples!.pass), id)).toEqual([]);
    });
    it(`${id}: the failing example is reported, with a fix`, async () => {
      const found = rulesOf(await run(rule.meta.examples!.fail), id);
      // Like markdownlint's scenario files: the example states its exact findings where it can.
      if (rule.meta.examples!.reports) expect(found.map((f) => `${f.line} ${f.severity}: ${f.message}`)).toEqual(rule.meta.examples!.reports);
      else expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(f.fix).toMatch(/\w/);
    });
  }
});

describe('missing documents', () => {
  it('are findings that name the path, not crashes', () => {
    const r = check(null, null);
    expect(r.findings.map((f) => [f.rule, f.file, f.severity])).toEqual([
      ['prd/file-exists', 'docs/prd.md', 'error'],
      ['arch/file-exists', 'docs/architecture.md', 'error'],
    ]);
    expect(r.findings[0].message).toBe('The PRD was not found at docs/prd.md.');
  });
});

describe('prd rules on small documents', () => {
  it('prd/nfr-measurable accepts a target or a standard and reports neither', () => {
    const r = check('- **NFR1:** p95 < 200 ms\n- **NFR2:** meets WCAG 2.1 AA\n- **NFR3:** shall be robust', '');
    expect(rulesOf(r, 'prd/nfr-measurable').map((f) => f.message)).toEqual(['NFR3 has no measurable target.']);
    expect(rulesOf(r, 'prd/nfr-measurable')[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('prd/nfr-measurable accepts ranges, rates, version policies, more standards and Gherkin after the ID', () => {
    const prd = [
      '- **NFR1:** Layouts work from 320px-2560px.',
      '- **NFR2:** Answers stay within 500-800 tokens.',
      '- **NFR3:** Login attempts are limited to 5/min.',
      '- **NFR4:** Up to 100,000/day imports.',
      '- **NFR5:** Supports the last 2 versions of each browser.',
      '- **NFR6:** Tokens follow RFC 7519; code follows PEP 8; OWASP ASVS level 2.',
      '- **NFR7:** A strict CSP blocks inline scripts.',
      '- **NFR8:** Export is reliable.',
      '  - Given a 10 MB project',
      '  - When the user exports it',
      '  - Then the file opens in Excel',
      '- **NFR9:** The app feels fast.',
    ].join('\n');
    expect(rulesOf(check(prd, ''), 'prd/nfr-measurable').map((f) => `${f.line} ${f.message}`)).toEqual(['12 NFR9 has no measurable target.']);
  });

  it('prd/consistent-id-style reports the odd one out, and allows sub-numbers and category infixes', () => {
    const odd = check('- **NFR-001:** 1 s\n- **NFR-002:** 2 s\n- **NFR3:** 3 s', '');
    expect(rulesOf(odd, 'prd/consistent-id-style').map((f) => f.message)).toEqual(['NFR3 is written in another style than the other NFR IDs (like NFR-001).']);
    const padding = check('- **NFR-001:** 1 s\n- **NFR-002:** 2 s\n- **NFR-3:** 3 s', '');
    expect(rulesOf(padding, 'prd/consistent-id-style').map((f) => f.line)).toEqual([3]);
    const fine = check('- **FR-1:** a\n- **FR-1.2:** b\n- **NFR-PERF-01:** 1 s\n- **NFR-SEC-02:** TLS 1.3\n- **NFR-AUTH-ACCESS-03:** 2 s', '');
    expect(rulesOf(fine, 'prd/consistent-id-style')).toEqual([]);
  });

  it('prd/required-sections finds sections by numbered, emoji, bold and other-language headings', () => {
    const prd = ['## 1. Goals', 'Faster invoices.', '## 👥 **Target Users**', 'Accountants.', '## 3\\. Functional Requirements', '- FR1: parse', '### Non Functional', '- NFR1: p95 < 2 s', '## Technical Assumptions', 'PDF only.', '## 📊 Success Criteria', '80% fewer entries.', '**Out of Scope:** offline mode'].join('\n\n');
    expect(rulesOf(check(prd, ''), 'prd/required-sections')).toEqual([]);
    const french = ['## Objectifs', '## Utilisateurs', '## Exigences fonctionnelles', '## Exigences non fonctionnelles', '## Contraintes', '## Critères de succès', '## Hors périmètre'].map((h) => `${h}\n\nTexte.`).join('\n\n');
    expect(rulesOf(check(french, ''), 'prd/required-sections')).toEqual([]);
  });

  it('prd/required-sections takes extra heading synonyms from the config', () => {
    const prd = ['## Goals', '## Users', '## Functional Requirements', '## Non-Functional Requirements', '## Constraints', '## Success Metrics', '## Was wir nicht bauen'].map((h) => `${h}\n\nText.`).join('\n\n');
    expect(rulesOf(check(prd, ''), 'prd/required-sections').map((f) => f.message)).toEqual(['The PRD has no out of scope section.']);
    expect(rulesOf(check(prd, '', { sections: { 'out-of-scope': ['Was wir nicht bauen'] } }), 'prd/required-sections')).toEqual([]);
  });

  it('prd/required-sections can be narrowed with its option', () => {
    const r = check('## Goals\n\nFaster invoices.', '', { rules: { 'prd/required-sections': { severity: 'error', sections: ['goals', 'users'] } } });
    expect(rulesOf(r, 'prd/required-sections').map((f) => [f.severity, f.message])).toEqual([['error', 'The PRD has no users or personas section.']]);
  });

  it('placeholders inside code are not reported, in text they are, at their column', () => {
    const r = check('Name: [Product Name] and `TODO`\n\n```\nTODO\n```', '');
    expect(rulesOf(r, 'prd/no-placeholders').map((f) => [f.line, f.column, f.message])).toEqual([[1, 7, 'Unfilled template placeholder "[Product Name]".']]);
  });
});

describe('placeholders: what is one and what is not', () => {
  const found = (md: string) => rulesOf(check(md, ''), 'prd/no-placeholders').map((f) => `${f.line}:${f.column} ${f.message}`);

  it('a product feature, a merge variable in an e-mail template or an example query is not a placeholder', () => {
    const prd = ['# TODO List App', '', 'Users keep a TODO list per project.', '', '## Reminder e-mail', '', 'Hi [Employee Name], your [List Name] is due.', '', 'Example query: `items where list = [List Name]` or "[Project Name]".', '', 'A banner reads "Prices as of [date], check in store".'].join('\n');
    expect(found(prd)).toEqual([]);
  });

  it('"to be determined", [Name]-style slots, blanks and empty sign-off cells are', () => {
    const prd = ['# Shop', '', 'Owner: [Name]. Launch: to be determined. Budget: ______.', '', '| Role | Name | Signature |', '|---|---|---|', '| PM | Ann | |'].join('\n');
    expect(found(prd)).toEqual([
      '3:8 Unfilled template placeholder "[Name]".',
      '3:24 Unfilled unfinished marker "to be determined".',
      '3:50 Unfilled blank "______".',
      '7:12 Unfilled sign-off cell.',
    ]);
  });
});

describe('severity settings', () => {
  const prd = '- **NFR1:** shall be fast';
  it('presets: strict makes warnings errors, minimal turns most rules off', () => {
    expect(rulesOf(check(prd, ''), 'prd/nfr-measurable')[0].severity).toBe('warning');
    expect(rulesOf(check(prd, '', { preset: 'strict' }), 'prd/nfr-measurable')[0].severity).toBe('error');
    expect(rulesOf(check(prd, '', { preset: 'minimal' }), 'prd/nfr-measurable')).toEqual([]);
    expect(rulesOf(check('[Product Name]', '', { preset: 'minimal' }), 'prd/no-placeholders')).toHaveLength(1);
  });

  it('per-rule: a level, off, true, false', () => {
    expect(rulesOf(check(prd, '', { rules: { 'prd/nfr-measurable': 'error' } }), 'prd/nfr-measurable')[0].severity).toBe('error');
    expect(rulesOf(check(prd, '', { rules: { 'prd/nfr-measurable': 'off' } }), 'prd/nfr-measurable')).toEqual([]);
    expect(rulesOf(check(prd, '', { rules: { 'prd/nfr-measurable': false } }), 'prd/nfr-measurable')).toEqual([]);
    expect(rulesOf(check('', '', { rules: { 'arch/caching': true } }), 'arch/caching')[0].severity).toBe('warning');
  });
});

describe('inline disables', () => {
  const body = (directive: string) => `${directive}\n- **NFR1:** shall be fast\n- **NFR2:** shall be nice`;
  const lines = (md: string) => rulesOf(check(md, ''), 'prd/nfr-measurable').map((f) => f.line);

  it('disable-next-line silences the next non-blank line for the named rule only', () => {
    expect(lines(body('<!-- archgate-disable-next-line prd/nfr-measurable -->\n'))).toEqual([4]);
    expect(lines(body('<!-- archgate-disable-next-line prd/unique-ids -->'))).toEqual([2, 3]);
  });

  it('disable ... enable silences a range; a bare disable silences every rule', () => {
    expect(lines(`<!-- archgate-disable prd/nfr-measurable -->\n- **NFR1:** fast\n<!-- archgate-enable prd/nfr-measurable -->\n- **NFR2:** nice`)).toEqual([4]);
    expect(lines(`<!-- archgate-disable -->\n- **NFR1:** fast`)).toEqual([]);
  });

  it('disable-file silences a rule in the whole file and counts what it silenced', () => {
    const r = check(body('<!-- archgate-disable-file prd/nfr-measurable -->'), '');
    expect(rulesOf(r, 'prd/nfr-measurable')).toEqual([]);
    expect(r.suppressed).toBe(2);
  });

  it('a directive inside a code block does nothing', () => {
    expect(lines('```\n<!-- archgate-disable -->\n```\n- **NFR1:** fast')).toEqual([4]);
  });
});
