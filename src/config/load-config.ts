import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import { UserError } from '../errors.js';
import { linearSyntaxError } from '../engine/linear-regexp.js';
import { RULES } from '../rules/index.js';
import { buildConfigSchema } from './config-schema.js';
import { compilePattern, type CustomRuleConfig } from '../rules/checklist/custom-rules.js';

/** The config as the user wrote it, after validation. */
export interface RawConfig {
  preset?: 'recommended' | 'strict' | 'minimal';
  failOn?: 'error' | 'warning' | 'never';
  docSets?: { name: string; prd?: string | string[]; architecture?: string | string[] }[];
  ids?: { prefixes?: { nfr?: string[]; fr?: string[]; other?: string[] }; pattern?: string };
  sections?: Record<string, string[]>;
  templates?: { comment?: string; summary?: string };
  waivers?: { id?: string; rule?: string; file?: string; reason: string; expires?: string }[];
  customRules?: CustomRuleConfig[];
  rules?: Record<string, boolean | 'error' | 'warning' | 'off' | ({ severity?: 'error' | 'warning' | 'off' } & Record<string, unknown>)>;
  limits?: { parseSeconds?: number };
}

let validator: ReturnType<Ajv['compile']> | null = null;
function validate(value: unknown) {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(buildConfigSchema(RULES));
  const ok = validator(value);
  return ok ? [] : (validator.errors ?? []);
}

const MAX_CONFIG_BYTES = 1_000_000;

function keyPath(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = error.keyword === 'additionalProperties' ? (error.params as { additionalProperty: string }).additionalProperty : error.keyword === 'propertyNames' ? (error.params as { propertyName: string }).propertyName : undefined;
  if (extra !== undefined) parts.push(extra);
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function explain(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
    case 'propertyNames':
      return error.instancePath.startsWith('/customRules/') ? 'is not a field of this rule\'s kind' : 'is not a known key';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${(error.params as { type: string }).type}`;
    case 'oneOf':
      return error.instancePath.startsWith('/rules/')
        ? 'has the wrong type or value: use error, warning, off, true, false, or { severity: ..., <options> }'
        : 'has the wrong type or value';
    default:
      return error.message ?? 'is not valid';
  }
}

export interface LoadedConfig {
  raw: RawConfig;
  file: string;
  /** 1-based line of each waivers[] entry, so a waiver finding can point at it. */
  waiverLines: number[];
}

/** Parse and validate .github/archgate.yml text. Errors name the file, line, column and key. */
export function loadConfig(text: string, file: string): RawConfig {
  return loadConfigWithLines(text, file).raw;
}

export function loadConfigWithLines(text: string, file: string): LoadedConfig {
  if (text.length > MAX_CONFIG_BYTES) throw new UserError(`the config is larger than ${MAX_CONFIG_BYTES} bytes`, { file });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    throw new UserError(e.message.split('\n')[0], { file, line: pos.line, column: pos.col });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    // A "billion laughs" of aliases, or another structure YAML refuses to expand.
    throw new UserError(`cannot be read: ${(e as Error).message}`, { file, line: 1, column: 1 });
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new UserError('the config must be a mapping of keys to values', { file, line: 1, column: 1 });
  }
  const errors = validate(value);
  // oneOf errors repeat their branches' errors; the most specific (deepest) one says the most.
  let error = errors.filter((e) => e.keyword !== 'oneOf' || errors.length === 1).sort((a, b) => keyPath(b).length - keyPath(a).length)[0] ?? errors[0];
  // A value that fits none of a oneOf's shapes: say what the shapes are, not the first one's complaint.
  const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.instancePath === error?.instancePath);
  if (oneOf) error = oneOf;
  if (error) {
    const path = keyPath(error);
    const key = path.join('.');
    let node = doc.getIn(path, true) as YamlNode | undefined;
    if (error.keyword === 'additionalProperties' || error.keyword === 'propertyNames') {
      const parent = doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
        node = (pair?.key as YamlNode | undefined) ?? node;
      }
    }
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    throw new UserError(`${explain(error)}`, { file, line: pos.line, column: pos.col, key: key || '(root)' });
  }
  const config = value as RawConfig;
  if (config.ids?.pattern) {
    const node = doc.getIn(['ids', 'pattern'], true) as YamlNode | undefined;
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    const where = { file, line: pos.line, column: pos.col, key: 'ids.pattern' };
    try {
      new RegExp(config.ids.pattern, 'g');
    } catch (e) {
      throw new UserError(`is not a valid regular expression (${(e as Error).message})`, where);
    }
    // The pattern runs on RE2, linear in the text whatever the pattern: (a+)+$ is as safe as REQ-\d+.
    const refused = linearSyntaxError(config.ids.pattern);
    if (refused) throw new UserError(`cannot run in linear time (${refused}); write it without look-arounds ((?=, (?!, (?<=, (?<!) and back-references (\\1, \\k<name>)`, where);
  }
  const ruleIds = new Set<string>();
  for (const [i, rule] of (config.customRules ?? []).entries()) {
    const at = (key: string) => {
      const node = doc.getIn(['customRules', i, key], true) as YamlNode | undefined;
      const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
      return { file, line: pos.line, column: pos.col, key: `customRules.${i}.${key}` };
    };
    if (ruleIds.has(rule.id)) throw new UserError(`rule id "${rule.id}" is used twice`, at('id'));
    ruleIds.add(rule.id);
    for (const key of ['pattern', 'near'] as const) {
      const pattern = rule[key];
      if (!pattern) continue;
      // The pattern runs on RE2, linear in the text whatever the pattern (as ids.pattern does).
      const refused = linearSyntaxError(pattern);
      if (refused) throw new UserError(`cannot run in linear time (${refused}); write it without look-arounds ((?=, (?!, (?<=, (?<!) and back-references (\\1, \\k<name>)`, at(key));
      compilePattern(pattern);
    }
  }
  const names = new Set<string>();
  for (const [i, set] of (config.docSets ?? []).entries()) {
    if (names.has(set.name)) {
      const node = doc.getIn(['docSets', i, 'name'], true) as YamlNode | undefined;
      const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
      throw new UserError(`doc set name "${set.name}" is used twice`, { file, line: pos.line, column: pos.col, key: `docSets.${i}.name` });
    }
    names.add(set.name);
  }
  for (const [i, w] of (config.waivers ?? []).entries()) {
    if (w.expires && Number.isNaN(Date.parse(w.expires))) {
      const node = doc.getIn(['waivers', i, 'expires'], true) as YamlNode | undefined;
      const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
      throw new UserError(`"${w.expires}" is not a date`, { file, line: pos.line, column: pos.col, key: `waivers.${i}.expires` });
    }
  }
  const waiverLines = (config.waivers ?? []).map((_, i) => lineCounter.linePos((doc.getIn(['waivers', i], true) as YamlNode | undefined)?.range?.[0] ?? 0).line);
  return { raw: config, file, waiverLines };
}
