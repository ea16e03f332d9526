import type { SeveritySetting } from '../engine/types.js';
import type { Rule } from '../core/rule.js';

export const PRESETS = ['recommended', 'strict', 'minimal'] as const;
export type Preset = (typeof PRESETS)[number];

/**
 * recommended: each rule's default severity.
 * strict: every rule on, as an error.
 * minimal: only the rules marked for it (missing documents, duplicate IDs, placeholders, ...).
 */
export function presetSeverity(rule: Rule, preset: Preset): SeveritySetting {
  switch (preset) {
    case 'recommended':
      return rule.meta.defaultSeverity;
    case 'strict':
      return 'error';
    case 'minimal':
      return rule.meta.minimal ?? 'off';
  }
}
