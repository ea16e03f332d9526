import type { Rule } from '../core/rule.js';
import { PRESETS } from '../rules/presets.js';
import { DEFAULT_SYNONYMS } from '../engine/section-finder.js';
import { customRuleSchema } from '../rules/checklist/custom-rules.js';

export const SCHEMA_ID = 'https://archgate.dev/schema/archgate.schema.json';

const severity = { enum: ['error', 'warning', 'off'] };
const pathList = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};

/** The config's JSON Schema, built from the rule registry so that every rule ID and option is known. */
export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProps[rule.meta.id] = {
      description: rule.meta.description,
      oneOf: [
        { type: 'boolean' },
        severity,
        {
          type: 'object',
          properties: { severity, ...(rule.meta.options ?? {}) },
          additionalProperties: false,
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'archgate configuration (.github/archgate.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      preset: { enum: [...PRESETS], default: 'recommended', description: 'Starting severities: recommended (default), strict (every rule an error) or minimal.' },
      failOn: { enum: ['error', 'warning', 'never'], default: 'error', description: 'Lowest severity that fails the run.' },
      limits: {
        type: 'object',
        additionalProperties: false,
        description: 'Bounds on the work one run may do on the documents of a pull request.',
        properties: {
          parseSeconds: { type: 'number', exclusiveMinimum: 0, maximum: 3600, default: 30, description: 'Seconds one doc set may take to read and check; past it, archgate stops, reports where the parser was, and fails.' },
        },
      },
      docSets: {
        type: 'array',
        minItems: 1,
        description: 'The doc sets to check: one PRD and one architecture document each (files or shard folders, relative to the repository root).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { type: 'string', pattern: '^[A-Za-z0-9._-]+$', description: 'Unique name; also the `doc-set` input and `--doc-set` flag.' },
            prd: { ...pathList, description: 'PRD file(s) or shard folder(s). Default docs/prd.md, else docs/prd/.' },
            architecture: { ...pathList, description: 'Architecture file(s) or shard folder(s). Default docs/architecture.md, else docs/architecture/.' },
          },
        },
      },
      ids: {
        type: 'object',
        additionalProperties: false,
        properties: {
          prefixes: {
            type: 'object',
            additionalProperties: false,
            properties: {
              nfr: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' } },
              fr: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' } },
              other: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' } },
            },
          },
          pattern: { type: 'string', minLength: 1, maxLength: 500, description: 'A regular expression matching one requirement ID; replaces the pattern built from the prefixes.' },
        },
      },
      sections: {
        type: 'object',
        description: 'Extra heading phrases per section topic (for other languages or house styles).',
        propertyNames: { enum: Object.keys(DEFAULT_SYNONYMS) },
        additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      templates: {
        type: 'object',
        additionalProperties: false,
        description: 'Handlebars templates of your own for the PR comment and the job summary (paths in the repository, read from the base commit).',
        properties: {
          comment: { type: 'string', minLength: 1 },
          summary: { type: 'string', minLength: 1 },
        },
      },
      waivers: {
        type: 'array',
        description: 'Known gaps, each with a reason and an optional expiry date: an NFR (by id) or a rule\'s findings (by rule, optionally in one file).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['reason'],
          anyOf: [{ required: ['id'] }, { required: ['rule'] }],
          properties: {
            id: { type: 'string', minLength: 1, description: 'A requirement ID, e.g. NFR-007.' },
            rule: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*/[a-z0-9-]+$', description: 'A rule ID (built-in or custom) whose findings are waived.' },
            file: { type: 'string', minLength: 1, description: 'Only findings in this file (with rule).' },
            reason: { type: 'string', minLength: 3, description: 'Why this is acceptable; shown in reports.' },
            expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD: the last day the waiver holds; after it, the waiver is itself a finding.' },
          },
        },
      },
      customRules: {
        type: 'array',
        maxItems: 200,
        description: 'Your own checklist items, as records of the built-in kinds (required-section, required-pattern, forbidden-pattern, min-occurrences, table-columns, diagram-required, rationale, min-options).',
        items: customRuleSchema(),
      },
      rules: {
        type: 'object',
        description: 'Per-rule severity (error, warning, off, true, false) or {severity, ...options}.',
        additionalProperties: false,
        properties: ruleProps,
      },
    },
  };
}
