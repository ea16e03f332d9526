import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { buildConfigSchema } from '../src/config/config-schema.js';
import { RULES } from '../src/rules/index.js';
import { configError, ROOT } from './helpers.js';

const error = configError;

describe('config', () => {
  it('accepts a full, valid config', () => {
    const text = [
      '$schema: ./node_modules/archgate/schema/archgate.schema.json',
      'preset: strict',
      'failOn: warning',
      'docSets:',
      '  - name: api',
      '    prd: services/api/docs/prd.md',
      '    architecture: [services/api/docs/architecture.md, services/api/docs/adr]',
      'ids:',
      '  prefixes: { nfr: [NFR, QR], fr: [FR, US] }',
      'sections:',
      '  out-of-scope: [Was wir nicht bauen]',
      'rules:',
      '  prd/nfr-measurable: error',
      '  arch/deployment-options: { severity: warning, minOptions: 1 }',
      '  arch/caching: true',
    ].join('\n');
    expect(loadConfig(text, 'c.yml')).toMatchObject({ preset: 'strict', docSets: [{ name: 'api' }], rules: { 'arch/caching': true } });
  });

  it('names the file, line, column and key of an unknown rule', () => {
    expect(error('rules:\n  prd/nfr-measurabel: error\n')).toBe('.github/archgate.yml:2:3: rules.prd/nfr-measurabel: is not a known key');
  });

  it('names the key of a wrong value', () => {
    expect(error('preset: recomended\n')).toBe('.github/archgate.yml:1:9: preset: must be one of "recommended", "strict", "minimal"');
    expect(error('docSets:\n  - name: a\n    prd: 42\n')).toMatch(/^\.github\/archgate\.yml:3:10: docSets\.0\.prd: /);
    expect(error('rules:\n  arch/deployment-options: { severity: warning, minOptions: "two" }\n')).toMatch(/^\.github\/archgate\.yml:2:\d+: rules\.arch\/deployment-options\.minOptions: must be integer/);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(error('rules:\n  a: [1, 2\n')).toMatch(/^\.github\/archgate\.yml:\d+:\d+: /);
  });

  it('rejects an invalid ID pattern and duplicate doc set names', () => {
    expect(error('ids:\n  pattern: "NFR(\\\\d+"\n')).toMatch(/^\.github\/archgate\.yml:2:12: ids\.pattern: is not a valid regular expression/);
    expect(error('docSets:\n  - name: a\n  - name: a\n')).toBe('.github/archgate.yml:3:11: docSets.1.name: doc set name "a" is used twice');
  });

  it('rejects a config that is not a mapping', () => {
    expect(error('- a\n- b\n')).toBe('.github/archgate.yml:1:1: the config must be a mapping of keys to values');
  });

  it('ships a schema file that matches the rule registry', () => {
    const shipped = JSON.parse(readFileSync(path.join(ROOT, 'schema/archgate.schema.json'), 'utf8'));
    expect(shipped).toEqual(buildConfigSchema(RULES));
  });
});
