import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { FMS_NFRS, FMS_TECHNICAL_CONTEXT } from './fms-plan-fixture.js';

// Where several sentences restate an NFR's target, the implied place (where `archgate cite
// --accept implied` writes the citation) is the one in a design section, not the project overview
// that restates it first. Modelled on rubiks-cube (BMAD): its "Project Overview" paragraph names
// the 60fps target before "Key Performance Requirements" sets it.

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a panel of the game menu.\n`).join('\n');
const prd = ['## Non-Functional Requirements', '', '- **NFR2:** The cube renders at 60 fps on all target devices.'].join('\n');

describe('the implied place among several restating sentences', () => {
  it('is the design section\'s, not the overview\'s that comes first', () => {
    const arch = [
      '# Architecture',
      '## Project Overview',
      'This document defines the architecture of a browser Rubik\'s cube game whose cube renders at 60fps on all target devices.',
      '## Rendering Pipeline',
      '- The cube renders at 60fps on all target devices: one WebGL draw call per frame, instanced cubies.',
      filler,
    ].join('\n\n');
    const result = check(prd, arch);
    expect(result.coverage.rows[0].implied?.location.line).toBe(9);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([[9, 'NFR2 is not cited, but this place seems to address it (restates its target = 60 fps).']]);
  });

  it('is the first one when every restating sentence is in an overview', () => {
    const arch = [
      '# Architecture',
      '## Project Overview',
      'This document defines the architecture of a browser Rubik\'s cube game whose cube renders at 60fps on all target devices.',
      '## Glossary',
      '- Frame budget: the cube renders at 60fps on all target devices, 16 ms per frame.',
      filler,
    ].join('\n\n');
    expect(check(prd, arch).coverage.rows[0].implied?.location.line).toBe(5);
  });
});

// BMAD's "Cross-Cutting Concerns Identified" lists what the decisions have yet to address; the
// decision that follows is where a careful architect cites the NFR. Modelled on beefirst (BMAD):
// its concerns table names "Verification codes visible in logs for demo" before "Infrastructure &
// Deployment" decides on stdout logging that shows them.
describe('the implied place beside a list of concerns identified', () => {
  const concernsPrd = ['## Non-Functional Requirements', '', '| ID | Requirement | Verification |', '|----|----|----|', '| NFR-O3 | Verification codes must be visible in logs/console for demo purposes | Log inspection |', '| NFR-S1 | Passwords are hashed with bcrypt | Code review |'].join('\n');
  const architecture = (concernsHeading: string, loggingRationale: string) =>
    [
      '# Architecture',
      '## Project Context Analysis',
      `### ${concernsHeading}`,
      '| Concern | Impact |\n|---------|--------|\n| **Security** | Affects all layers: hashing, timing, error messages |\n| **Observability** | Verification codes visible in logs for demo |',
      '## Core Architectural Decisions',
      '### Infrastructure & Deployment',
      `| Decision | Choice | Rationale |\n|----------|--------|-----------|\n| **Configuration** | pydantic-settings | Type-safe, validates at startup |\n| **Logging** | Standard Python logging to stdout | ${loggingRationale} |\n| **Containerization** | Docker Compose (API + PostgreSQL) | Zero-friction setup |`,
      filler,
    ].join('\n\n');

  it('is the decision that meets it, not the concern that names it first', () => {
    const result = check(concernsPrd, architecture('Cross-Cutting Concerns Identified', 'Docker-native; verification codes visible in `docker-compose logs`'));
    expect(result.coverage.rows[0].status).toBe('implied');
    expect(result.coverage.rows[0].implied?.location.line).toBe(19);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/architecture.md', 19, 'NFR-O3 is not cited, but this place seems to address it (restates its wording: "Logging | Standard Python logging to stdout | Docker-native; verification codes visible in docker-compose logs").'],
    ]);
    // Still offered, second: an author may cite it there.
    expect(result.coverage.rows[0].suggestions.map((s) => [s.location.line, s.heading])).toEqual([
      [10, 'Project Context Analysis › Cross-Cutting Concerns Identified'],
      [19, 'Core Architectural Decisions › Infrastructure & Deployment'],
    ]);
  });

  it('stays the concern when the decision matches it much less', () => {
    const result = check(concernsPrd, architecture('Cross-Cutting Concerns Identified', 'Docker-native; codes shown in `docker-compose logs`'));
    expect(result.coverage.rows[0].implied).toEqual({ location: { file: 'docs/architecture.md', line: 10, column: 1 }, reason: 'restates its wording: "Observability | Verification codes visible in logs for demo"' });
  });

  it('stays in "Technical Constraints & Dependencies": it describes the stack as it is, and readers cite it', () => {
    const result = check(concernsPrd, architecture('Technical Constraints & Dependencies', 'Docker-native; verification codes visible in `docker-compose logs`'));
    expect(result.coverage.rows[0].implied?.location.line).toBe(10);
  });
});

// A target restated in BMAD's "Technical Constraints & Dependencies" is the PRD's number again; its
// line in the requirements coverage map, beside how it is met, is the place. Modelled on
// ai-101-ts (BMAD, French with English headings).
describe('the implied place of a target restated as a technical constraint', () => {
  const startupPrd = ['## Non-Functional Requirements', '', "**NFR-PERF-3:** Le temps de startup de l'extension doit être <2 secondes"].join('\n');
  const architecture = (mapLine: string) =>
    [
      '# Architecture',
      '## Project Context Analysis',
      '### Technical Constraints & Dependencies',
      '**Performance Constraints (HARD REQUIREMENTS):**\n- <100ms UI response time (non-négociable pour UX)\n- <2s extension startup time',
      '## Architecture Validation Results',
      '### Requirements Coverage Validation ✅',
      `**Performance NFRs (6):** ✅ COUVERT\n- **60fps animations:** CSS GPU-accelerated, requestAnimationFrame\n- ${mapLine}`,
      filler,
    ].join('\n\n');

  it("is the coverage map's line that says how it is met", () => {
    const result = check(startupPrd, architecture('**<2s startup:** esbuild ultra-fast builds, lazy loading, no heavy dependencies'));
    expect(result.coverage.rows[0].implied).toEqual({ location: { file: 'docs/architecture.md', line: 17, column: 3 }, reason: 'restates its target < 2 s' });
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([[17, 'NFR-PERF-3 is not cited, but this place seems to address it (restates its target < 2 s).']]);
  });

  it('stays the constraint when the map only ticks it off', () => {
    const result = check(startupPrd, architecture('**<2s startup:** ✅'));
    expect(result.coverage.rows[0].implied?.location.line).toBe(9);
  });
});

// spec-kit's plan.md writes its "Technical Context" as "**Key**: value" lines right under a list,
// without a blank line: one paragraph over many lines. The implied place is the line that restates
// the target, not the paragraph's first. Modelled on FMS (spec-kit).
describe('the implied place in a paragraph over several lines', () => {
  it('is the line that restates the target', () => {
    const specPrd = ['## Non-Functional Requirements', '', ...FMS_NFRS].join('\n');
    const plan = [
      '# Implementation Plan',
      '## Technical Context',
      FMS_TECHNICAL_CONTEXT.join('\n'),
      filler,
    ].join('\n\n');
    const result = check(specPrd, plan);
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status, r.implied?.location])).toEqual([
      ['NFR-023', 'implied', { file: 'docs/architecture.md', line: 9, column: 1 }],
      ['NFR-025', 'implied', { file: 'docs/architecture.md', line: 10, column: 1 }],
    ]);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [9, 'NFR-023 is not cited, but this place seems to address it (restates its target < 30 s).'],
      [10, 'NFR-025 is not cited, but this place seems to address it (restates its target >= 99.5%).'],
    ]);
  });

  it('is the line that names the mechanism, for a place found by its wording', () => {
    const secretsPrd = ['## Non-Functional Requirements', '', '- **NFR5 (Encryption):** All exchange API keys are stored encrypted at rest with AES-256 or equivalent, verified by code audit.'].join('\n');
    const arch = [
      '# Architecture',
      '## Core Architectural Decisions',
      '### Authentication & Security',
      'Secrets are local-first.\nExchange API keys are stored encrypted at rest with AES-256 (Fernet) in the SQLite vault; a code audit checks it.\nKeys stay in memory briefly.',
      filler,
    ].join('\n\n');
    const row = check(secretsPrd, arch).coverage.rows[0];
    // The suggestion names the same line as the implied place: the statement that names it.
    expect([row.status, row.suggestions[0].location.line, row.suggestions[0].endLine, row.implied?.location]).toEqual(['implied', 8, 8, { file: 'docs/architecture.md', line: 8, column: 1 }]);
    expect(row.implied?.reason).toBe('names its mechanism (AES-256): "Authentication & Security: Secrets are local-first. Exchange API keys are stored encrypted at rest with AES-256 (Fernet) in the SQLite vault; a code audit chec…"');
  });
});

// Two places restate an NFR almost as well: the one under a heading that names its category is
// where a careful architect looks. Modelled on beefirst (BMAD): generic error messages are decided
// under "Authentication & Security" and listed again under "API & Communication Patterns".
describe('the implied place under a heading naming its category', () => {
  const errorsPrd = ['## Non-Functional Requirements', '', '### Security', '', '| ID | Requirement | Verification |', '|----|----|----|', '| NFR-S4 | All error responses must use generic messages that prevent information disclosure | Response inspection |'].join('\n');
  const decisions = () => {
    const security = ['### Authentication & Security', '**Security Implementation Notes:**\n\n- All error responses use generic messages: `"Invalid credentials or code"`\n- Password verification uses bcrypt\'s built-in constant-time comparison'];
    const api = ['### API & Communication Patterns', '| Decision | Choice | Rationale |\n|----------|--------|-----------|\n| **API Style** | REST with explicit versioning (`/v1/`) | Signals design for contract evolution |\n| **Error Handling** | Generic messages, consistent structure | Security-first: prevents information leakage |'];
    return ['# Architecture', '## Core Architectural Decisions', ...security, ...api, filler].join('\n\n');
  };

  it('is the line under "Authentication & Security", not the table row that ranks first elsewhere', () => {
    const result = check(errorsPrd, decisions());
    const row = result.coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.confidence])).toEqual([
      [17, 'Core Architectural Decisions › API & Communication Patterns', 'likely'],
      [9, 'Core Architectural Decisions › Authentication & Security', 'possible'],
    ]);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([[9, 'NFR-S4 is not cited, but this place seems to address it (restates its wording: "All error responses use generic messages: "Invalid credentials or code"").']]);
  });
});

// Two places nearly as well matched (SECTION_RIVAL_SHARE) are equally likely the reader's: the one
// that names the NFR's mechanism is where it is met, over one that only repeats its words.
// Modelled on aer (arc42): its Testing Strategy line naming the OpenAPI spec and generated.go that
// the CI check compares, against an API tooling note "make codegen && git diff --exit-code".
describe('the implied place between two places nearly as well matched', () => {
  const qsPrd = '## Quality Scenarios\n\n- **QS-M1:** A developer edits the API spec and forgets to regenerate the code: the build fails on the diff between the spec and the generated code (OpenAPI, generated.go).';
  const architecture = (contractCheck: string) =>
    ['# Architecture', '## Testing Strategy', `- **Contract check**: ${contractCheck}`, '## API Contract Layout', '- make codegen && git diff --exit-code: when a developer edits the spec, the generated code is regenerated; a diff fails the build.', filler].join('\n\n');

  it('is the one that names the mechanism', () => {
    const result = check(qsPrd, architecture('a developer who edits the OpenAPI spec must regenerate the code; the build fails on any diff in generated.go.'));
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [5, 'QS-M1 is not cited, but this place seems to address it (names its mechanism (OpenAPI, generated.go): "Testing Strategy: Contract check: a developer who edits the OpenAPI spec must regenerate the code; the build fails on any diff in generated.go.").'],
    ]);
  });

  it('stays the best when the one naming the mechanism matches it much less', () => {
    const result = check(qsPrd, architecture('generated.go is built from the OpenAPI spec.'));
    expect(result.coverage.rows[0].implied?.location.line).toBe(9);
  });
});
