import { it } from 'vitest';
import { check } from './helpers.js';
const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} reads a feed of the data pipeline.\n`).join('\n');
const prd = '## Quality Scenarios\n\n- **QS-M1:** A developer edits the API spec and forgets to regenerate the code: the build fails on the diff between the spec and the generated code (OpenAPI, generated.go).';
const arch = ['# Architecture', '## Testing Strategy', '- **Contract check**: a developer who edits the OpenAPI spec must regenerate the code; the build fails on any diff in generated.go.', '## API Contract Layout', '- make codegen && git diff --exit-code: when a developer edits the spec, the generated code is regenerated; a diff fails the build.', filler].join('\n\n');
it('x', () => {
  const r = check(prd, arch);
  for (const row of r.coverage.rows) console.log(row.requirement.id, row.status, JSON.stringify(row.implied), row.suggestions.map((s) => `${s.location.line} ${s.score} ${s.confidence} ${s.mechanisms}`).join(' ; '));
});
