import { scopeUnits, withFlags } from '../evidence.js';
import type { KindReport, RuleKind } from '../../../core/rule-kind.js';

const MAX_REPORTS = 20;

// Each occurrence is reported where it stands (at most 20 per record), as Vale's existence rules do.
export const forbiddenPattern: RuleKind = {
  name: 'forbidden-pattern',
  description: 'The pattern must not occur in the scope (the sections under `section`, else the whole document); each occurrence is reported at its line.',
  required: ['pattern'],
  fields: ['section', 'pattern'],
  check(record, ctx) {
    const re = withFlags(record.pattern!, record.pattern!.flags.replace('g', ''));
    const out: KindReport[] = [];
    for (const unit of scopeUnits(ctx)) {
      const m = re.exec(unit.text);
      if (!m) continue;
      const lineOffset = unit.text.slice(0, m.index).split('\n').length - 1;
      out.push({ location: { ...unit.location, line: unit.location.line + lineOffset }, message: `${record.message.replace(/\.$/, '')} (found "${m[0]}").`, fix: record.fix });
      if (out.length >= MAX_REPORTS) break;
    }
    return out;
  },
};
