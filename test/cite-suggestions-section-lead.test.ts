import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A section's opening paragraph reads with its heading ("Database Corruption Recovery: Scenario:
// …"): it says what the section is about, the lines under it how ("Prevention: Regular integrity
// checks"). Whichever ranked first used to stand for the whole section, and the other came after
// every other section's best, however faint (set I: an SAD's "11.1 Аутентификация: Bearer-token …"
// behind the code sample under it, 17th). The opening paragraph is now a group of its own. The
// fixture is shaped as a sequence-diagram document's error-handling flows.

const prd = ['# PRD', '', '## Non-Functional Requirements', '', '| ID | Requirement | Target |', '| --- | --- | --- |', '| NFR-REL-003 | Database corruption rate | <0.01% users |', ''].join('\n');
// Flows of their own, as a sequence-diagram document has many: the NFR's words are rare among them.
const flows = ['Send Text Message', 'Receive Message', 'Add Contact', 'Import Contacts', 'Pair Device', 'Delete Account', 'Change Theme', 'Export Chat'].flatMap((title, i) => [
  `### 7.${i + 1} ${title}`,
  '',
  `**Scenario:** The user starts the ${title.toLowerCase()} flow from the main screen.`,
  '',
  `1. The UI calls the core with request ${i + 1}`,
  '2. The core answers within one frame',
  '',
]);
const arch = [
  '# Sequence Diagrams',
  '',
  '## 7. User Flows',
  '',
  ...flows,
  '## 8. Error Handling Flows',
  '',
  '### 8.1 Network Failure During Send',
  '',
  '**Scenario:** The relay is unreachable; the message is queued and the user sees its state.',
  '',
  '- Transient errors: retry with backoff',
  '- A failed send is shown with a red mark',
  '- The send rate is capped at ten messages a second',
  '',
  '### 8.3 Database Corruption Recovery',
  '',
  '**Scenario:** The SQLCipher database becomes corrupted; the system recovers or resets.',
  '',
  '```mermaid',
  'sequenceDiagram',
  '  App->>Core: open()',
  '  Core-->>App: SQLITE_NOTADB',
  '```',
  '',
  '**Prevention:**',
  '',
  '- Regular integrity checks (PRAGMA integrity_check) catch corruption on every start',
  '- Write-ahead logging disabled for security',
  '',
  '## 9. Storage',
  '',
  '### 9.1 Schema',
  '',
  'Every table is created by a versioned migration; users never edit it.',
  '',
  '### 9.2 Backups',
  '',
  'Chats are exported nightly to an encrypted file the users keep.',
  '',
  '## 10. Monitoring',
  '',
  'The crash rate and sync failures of all users are reported to the dashboard.',
  '',
].join('\n');

const places = (doc: string) => check(prd, doc).coverage.rows[0].suggestions.map((s) => `${s.location.line} ${s.heading} ${s.score} ${s.confidence}`);

describe('a section whose first place matches the title does not hide the lines under it', () => {
  it('the prevention line under "Database Corruption Recovery" is offered second, after the scenario, before other sections', () => {
    // Before: the scenario, then "The send rate is capped …" (69) and the dashboard's crash rate (98).
    expect(places(arch)).toEqual([
      '73 Error Handling Flows › Database Corruption Recovery 0.49 possible',
      '83 Error Handling Flows › Database Corruption Recovery 0.33 possible',
      '69 Error Handling Flows › Network Failure During Send 0.31 possible',
    ]);
  });

  it('the scenario that opens the section stays the first place offered', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect(row.status).toBe('uncovered');
    expect(row.suggestions[0].evidence).toBe('Database Corruption Recovery: Scenario: The SQLCipher database becomes corrupted; the system recovers or resets.');
  });
});
