import { describe, expect, it } from 'vitest';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { DRIFT_CASES, driftInput, type DriftCase } from './drift-cases.js';
import { check } from './helpers.js';

// Which NFR trace/citation-drift names as reading closer must not hang on term weights that any
// edit elsewhere moves. Each case adds, after the architecture, a section restating one NFR in the
// PRD's words (as an overview or a glossary does, citing nothing): the words of that NFR weigh less
// everywhere, the scores of every place move, and every drift message must stay as it was.

function messages(c: DriftCase, restating?: string): string[] {
  const input = driftInput(c);
  if (restating) {
    const prd = input.prd.map((f) => f.text).join('\n');
    const text = new RegExp(`\\*\\*${restating}\\**:?\\s*(?:\\x60[^\\x60]*\\x60:\\s*)?(.+)`).exec(prd)![1];
    const file = input.architecture.find((f) => f.path === c.file)!;
    file.text += ['', '## Notes', '', ...[1, 2, 3].flatMap((n) => [`Note ${n}: ${text.replace(/^The system must /, 'the tool should ')}.`, ''])].join('\n');
  }
  return checkDocSet(input, resolveConfig({}).engine).findings.filter((f) => f.rule === 'trace/citation-drift' && f.file === c.file).map((f) => `${f.line}: ${f.message}`);
}

describe('trace/citation-drift names the closer NFR only where it reads clearly closer', () => {
  // "Data Persistence: data/json_writer.py" (NFR14-NFR15) reads as much like NFR11 as NFR12 and
  // NFR13, "Licensing: Deferred to Phase 4" (NFR6-NFR7) like NFR16 as NFR17: named, the closer one
  // flipped with such a section (NFR11 became NFR13, NFR16 became NFR17). Neither is named now.
  const lists = DRIFT_CASES.find((c) => c.pair === '21-huy1998-00__auto' && c.name === 'lists')!;
  const base = messages(lists);
  it("pair 21's lists: the tied places name no closer NFR", () => {
    expect(base.filter((m) => /^108[58]:/.test(m))).toEqual([
      '1085: This place cites NFR14-NFR15 but describes them as "Data Persistence: data/json_writer.py with continuous writing", which says nothing of them.',
      '1088: This place cites NFR6-NFR7 but describes them as "Licensing: Deferred to Phase 4", which says nothing of them.',
    ]);
  });
  for (const id of ['NFR11', 'NFR12', 'NFR13', 'NFR15', 'NFR16', 'NFR17', 'NFR32']) {
    it(`pair 21's lists: a section restating ${id} elsewhere changes no message`, () => {
      expect(messages(lists, id)).toEqual(base);
    });
  }

  // The renumbered table: a clear winner stays named whatever is restated elsewhere. The row citing
  // NFR5 ("Wrong-key → DecryptionError") reads like NFR7 by 0.04 more than like NFR13 (both raise
  // DecryptionError): not named; restating NFR7 elsewhere makes "wrong-key" its clearest word and
  // names it. A message may gain or lose its closer NFR that way; it never names another one.
  const table = DRIFT_CASES[0];
  const tableBase = messages(table);
  for (const id of ['NFR2', 'NFR5', 'NFR8', 'NFR13', 'NFR23']) {
    it(`pair 14's table: a section restating ${id} elsewhere changes no message`, () => {
      expect(messages(table, id)).toEqual(tableBase);
    });
  }
  it("pair 14's table: a section restating NFR7 elsewhere names NFR7 at the row it was tied at, and changes nothing else", () => {
    const named = tableBase.map((m) =>
      m.startsWith('1025:') ? m.replace(', which says nothing of it.', '; NFR7 (Wrong-key decryption always raises DecryptionError — never returns corrupted or…) reads closer.') : m,
    );
    expect(messages(table, 'NFR7')).toEqual(named);
  });

  it('two NFRs that read alike: a row restating them under a third ID names neither, and says what is known', () => {
    const prd = ['## Non-Functional Requirements', '', '- **NFR-1:** Search results are returned within 500 ms at p95.', '- **NFR-2:** Invite tokens are signed with HMAC-SHA256 and rotated.', '- **NFR-3:** Refresh tokens are signed with HMAC-SHA256 and rotated.', ''].join('\n');
    const arch = ['# Architecture', '', '## Quality Requirements', '', '| ID | How it is met |', '| --- | --- |', '| NFR-1 | Search tokens are signed with HMAC-SHA256 and rotated by the key service |', '', '## Search', '', 'Search runs on OpenSearch behind the gateway.', ''].join('\n');
    const drift = check(prd, arch).findings.filter((f) => f.rule === 'trace/citation-drift');
    expect(drift.map((f) => [f.line, f.message, f.fix])).toEqual([
      [
        7,
        'This place cites NFR-1 (Search results are returned within 500 ms at p95) but describes it as "Search tokens are signed with HMAC-SHA256 and rotated by the key service", which says little of it and reads more like other NFRs.',
        "Use the PRD's meaning of NFR-1 here (docs/prd.md:3), or cite the requirement this place restates.",
      ],
    ]);
  });
});
