import type { DocKind, Severity } from '../../engine/types.js';
import type { Rule } from '../../core/rule.js';
import { DIAGRAM_KINDS, type ChecklistRecord, type DiagramKind } from '../../core/rule-kind.js';
import { KINDS, kindOf } from './kinds/index.js';
import { runRecord } from './run-record.js';
import { LinearRegExp } from '../../engine/linear-regexp.js';

/** A custom rule as written in .github/archgate.yml (customRules[]). */
export interface CustomRuleConfig {
  id: string;
  kind: string;
  document: DocKind;
  section?: string[];
  pattern?: string;
  near?: string;
  min?: number;
  columns?: string[];
  diagram?: DiagramKind;
  level?: Severity;
  message: string;
  fix?: string;
  link?: string;
}

const COMMON_FIELDS = ['id', 'kind', 'document', 'level', 'message', 'fix', 'link'];
const BUILTIN_NAMESPACES = /^(?:prd|arch|trace|diagram)\//;

/** The JSON Schema of one customRules[] entry: the common fields, then each kind's own. */
export function customRuleSchema(): Record<string, unknown> {
  return {
    type: 'object',
    required: ['id', 'kind', 'document', 'message'],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$', not: { pattern: BUILTIN_NAMESPACES.source }, description: 'namespace/name, reported as the rule (not in the built-in namespaces prd, arch, trace, diagram).' },
      kind: { enum: KINDS.map((k) => k.name), description: KINDS.map((k) => `${k.name}: ${k.description}`).join(' ') },
      document: { enum: ['prd', 'architecture'] },
      section: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Headings the rule looks for, or looks within (any case, numbering and emoji ignored); omit for the whole document.' },
      pattern: { type: 'string', minLength: 1, maxLength: 500, description: 'A regular expression, matched case-insensitively in linear time (RE2): look-arounds and back-references are refused.' },
      near: { type: 'string', minLength: 1, maxLength: 500, description: 'required-pattern, rationale: a second pattern that must match in the same paragraph, list item or table row.' },
      min: { type: 'integer', minimum: 1, maximum: 1000 },
      columns: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
      diagram: { enum: [...DIAGRAM_KINDS] },
      level: { enum: ['error', 'warning'], default: 'warning' },
      message: { type: 'string', minLength: 3, maxLength: 300 },
      fix: { type: 'string', minLength: 3, maxLength: 300, description: 'How to fix it; by default said from the kind and its fields.' },
      link: { type: 'string', pattern: '^https?://', description: 'Your standard; added to the fix.' },
    },
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k.name } }, required: ['kind'] },
      then: { required: [...k.required], propertyNames: { enum: [...COMMON_FIELDS, ...k.fields] } },
    })),
  };
}

const quote = (list: string[] | undefined) => (list?.length ? `"${list[0]}"` : 'the document');

function defaultFix(c: CustomRuleConfig): string {
  const where = c.section?.length ? ` under ${quote(c.section)}` : '';
  switch (c.kind) {
    case 'required-section':
      return `Add a section headed ${quote(c.section)} with text under it.`;
    case 'required-pattern':
      return `Add text matching /${c.pattern}/${where}.`;
    case 'forbidden-pattern':
      return `Remove or reword the text matching /${c.pattern}/${where}.`;
    case 'min-occurrences':
      return `Write /${c.pattern}/ at least ${c.min} times${where}.`;
    case 'table-columns':
      return `Add a table${where} with the columns ${(c.columns ?? []).join(', ')}.`;
    case 'diagram-required':
      return `Add a ${c.diagram === 'any' ? '' : `${c.diagram} `}diagram${where}.`;
    case 'rationale':
      return `Say why, next to where /${c.pattern ?? 'the choice'}/ is named${where}.`;
    default:
      return `Add at least ${c.min ?? 2} options${where}.`;
  }
}

/** A custom rule's pattern: case-insensitive, run on RE2 so that it is linear in the text whatever the pattern. */
export function compilePattern(pattern: string): RegExp {
  return new LinearRegExp(pattern, 'iu');
}

/** A customRules[] entry (already validated) as a rule that runs its record. */
export function customRule(c: CustomRuleConfig): Rule {
  const record: ChecklistRecord = {
    id: c.id,
    kind: c.kind,
    document: c.document,
    ...(c.section ? { section: c.section } : {}),
    ...(c.pattern ? { pattern: compilePattern(c.pattern) } : {}),
    ...(c.near ? { near: compilePattern(c.near) } : {}),
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.columns ? { columns: c.columns } : {}),
    ...(c.diagram ? { diagram: c.diagram } : {}),
    level: c.level ?? 'warning',
    message: c.message,
    fix: (c.fix ?? defaultFix(c)) + (c.link ? ` See ${c.link}` : ''),
  };
  return {
    meta: {
      id: c.id,
      description: c.message,
      defaultSeverity: record.level,
      scope: 'file',
      rationale: `A custom rule of kind ${c.kind} from the config.${c.link ? ` See ${c.link}.` : ''}`,
    },
    check(ctx) {
      if (!kindOf(c.kind)) return;
      for (const r of runRecord(record, ctx.view)) ctx.report(r);
    },
  };
}
