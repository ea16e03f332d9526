import type { EngineConfig, RuleSetting } from '../engine/engine.js';
import { DEFAULT_ID_SETTINGS, type IdSettings } from '../engine/ids.js';
import { DEFAULT_SYNONYMS, mergeSynonyms } from '../engine/section-finder.js';
import type { SeveritySetting } from '../engine/types.js';
import { RULES } from '../rules/index.js';
import { customRule } from '../rules/checklist/custom-rules.js';
import { presetSeverity, type Preset } from '../rules/presets.js';
import type { DocSetSpec } from '../io/read-doc-set.js';
import type { RawConfig } from './load-config.js';
import type { Waiver } from '../engine/waivers.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ResolvedConfig {
  engine: EngineConfig;
  /** Doc sets the config lists; empty means "use the defaults". */
  docSets: DocSetSpec[];
  failOn: FailOn;
  templates: { comment?: string; summary?: string };
  /** Seconds one doc set may take to read and check (limits.parseSeconds). */
  parseSeconds: number;
}

/** What checking one doc set needs of the config: the run-wide knobs (doc sets, fail-on, templates) are the settings'. */
export type CheckConfig = Pick<ResolvedConfig, 'engine' | 'parseSeconds'>;

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export interface ConfigSource {
  file: string;
  waiverLines: number[];
}

/** Generous: the largest real doc sets read in a few seconds; the pathological ones run for minutes to hours. */
export const DEFAULT_PARSE_SECONDS = 30;

export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Apply the preset, then per-rule settings, over the registry. */
export function resolveConfig(raw: RawConfig, source: ConfigSource = { file: '.github/archgate.yml', waiverLines: [] }, today: string = todayUtc()): ResolvedConfig {
  const preset: Preset = raw.preset ?? 'recommended';
  const settings: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const base: RuleSetting = { severity: presetSeverity(rule, preset), options: {}, fixed: preset === 'strict' };
    const given = raw.rules?.[rule.meta.id];
    if (given === undefined) settings[rule.meta.id] = base;
    else if (given === true) settings[rule.meta.id] = { ...base, severity: base.severity === 'off' ? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity) : base.severity };
    else if (given === false) settings[rule.meta.id] = { ...base, severity: 'off' };
    else if (typeof given === 'string') settings[rule.meta.id] = { ...base, severity: given, fixed: true };
    else {
      const { severity, ...options } = given;
      settings[rule.meta.id] = { severity: (severity as SeveritySetting | undefined) ?? (base.severity === 'off' ? 'warning' : base.severity), options, fixed: base.fixed || severity !== undefined };
    }
  }
  const custom = (raw.customRules ?? []).map(customRule);
  for (const rule of custom) settings[rule.meta.id] = { severity: preset === 'strict' ? 'error' : rule.meta.defaultSeverity, options: {}, fixed: preset === 'strict' };
  const ids: IdSettings = {
    prefixes: {
      nfr: raw.ids?.prefixes?.nfr ?? DEFAULT_ID_SETTINGS.prefixes.nfr,
      fr: raw.ids?.prefixes?.fr ?? DEFAULT_ID_SETTINGS.prefixes.fr,
      other: raw.ids?.prefixes?.other ?? DEFAULT_ID_SETTINGS.prefixes.other,
    },
    ...(raw.ids?.pattern ? { pattern: raw.ids.pattern } : {}),
  };
  const waivers: Waiver[] = (raw.waivers ?? []).map((w, i) => ({ ...w, source: { file: source.file, line: source.waiverLines[i] ?? 1, column: 1 } }));
  const docSets = (raw.docSets ?? []).map((s, i): DocSetSpec => ({
    name: s.name,
    prd: asList(s.prd),
    architecture: asList(s.architecture),
    origin: { prd: `${source.file}: docSets.${i}.prd`, architecture: `${source.file}: docSets.${i}.architecture` },
  }));
  return {
    engine: { ids, synonyms: mergeSynonyms(DEFAULT_SYNONYMS, raw.sections), rules: [...RULES, ...custom], settings, waivers, today, ...(docSets.length ? { docSetNames: docSets.map((s) => s.name) } : {}) },
    docSets,
    failOn: raw.failOn ?? 'error',
    templates: raw.templates ?? {},
    parseSeconds: raw.limits?.parseSeconds ?? DEFAULT_PARSE_SECONDS,
  };
}
