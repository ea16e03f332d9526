import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// trace/citation-drift in long prose and in places citing several IDs: each ID is read against the
// words the document gives it (its clause of a list, its label, the sentence it ends). The
// documents are excerpts of a real BMAD v6 pair (corpus pair 14, adk-secure-sessions): eight of
// its NFRs, and its requirements overview, ADR rationales and async rules as written.
const PRD = [
  '## Non-Functional Requirements',
  '',
  '- NFR1: Encryption/decryption overhead is less than 20% of the total session operation time for typical session sizes.',
  '- NFR2: All cryptography library operations execute via asyncio.to_thread() — zero direct blocking of the event loop.',
  '- NFR3: Database operations use async I/O exclusively (aiosqlite) — no synchronous SQLite calls in any code path.',
  '- NFR4: Published benchmarks document actual overhead per operation (encrypt, decrypt, round-trip) across payload sizes.',
  '- NFR5: All session state and event data is encrypted at rest before touching the database — no plaintext data paths exist.',
  '- NFR6: Encryption keys never appear in log output, error messages, exception tracebacks, or serialized error context.',
  '- NFR14: Database connection failures raise exceptions that include the database file path, OS error code, and suggested remediation.',
  '- NFR23: The library has ≤5 direct runtime dependencies — dependency footprint ceiling to limit attack surface.',
].join('\n');

const ARCH = [
  "# Architecture Decision Document",
  "",
  "### Requirements Overview",
  "",
  "**Functional Requirements:**",
  "56 FRs across 9 capability areas. 41 are tagged MVP (Phase 2: Ship), 6 are Phase 3 (Expand), and 4 are Phase 4 (Enterprise). The MVP FRs split into two categories: (a) already-implemented core engine (FR1-FR26 — encryption, persistence, config, extensibility, error handling) and (b) go-to-market work (FR27-FR45, FR56 — PyPI, docs, release pipeline). Phase 3-4 FRs introduce new architectural surface: AES-256-GCM backend (FR46), key rotation (FR48), PostgreSQL persistence (FR49), KMS backends (FR52-54), and audit logging (FR55).",
  "",
  "**Non-Functional Requirements:**",
  "28 NFRs across 6 categories. The architecture-shaping NFRs are: encryption overhead <20% (NFR1), asyncio.to_thread for all crypto (NFR2), async I/O exclusively (NFR3), no plaintext data paths (NFR5), wrong-key always raises DecryptionError (NFR7), ≤5 runtime dependencies (NFR23), 50-coroutine concurrent write safety (NFR25), and 5-minute integration time (NFR28). Phase 3 adds PostgreSQL concurrency (NFR26) and optimistic concurrency (NFR27).",
  "",
  "### Extras Group Strategy",
  "",
  "**No `[all]` extras group.** Deliberate decision: security libraries should minimize installed surface by default. Installing `adk-secure-sessions[aws]` pulls ~100MB of boto3; `[all]` would pull every KMS SDK into a single install. Enterprise teams evaluating the library should install only the extras they need. Each extras group is documented with its dependency footprint.",
  "",
  "Extras groups: `[postgres]`, `[aws]`, `[gcp]`, `[vault]`, `[dev]`. No `[all]`.",
  "",
  "### Data Architecture",
  "",
  "#### Decision 1: Schema Reservation for Optimistic Concurrency",
  "",
  "- **Decision:** Option A (extended) — Reserve `version INTEGER DEFAULT 1` on `sessions`, `app_states`, and `user_states` tables",
  "- **Rationale:** Adding a version column after v0.1.0 ships forces a migration on every early adopter. Reserving it in the initial schema avoids a breaking migration while costing nothing (column is inert in Phase 2). Extended to all state tables because concurrent writes can affect `app_states` and `user_states`, not just `sessions`. Events table excluded — it is append-only and does not require optimistic concurrency.",
  "- **Affects:** Database schema (`_init_db`), Phase 3 optimistic concurrency implementation (NFR25, NFR26, NFR27)",
  "- **Phase:** Reserved in Phase 2, activated in Phase 3",
  "- **Decided by:** Party Mode consensus (Winston, Murat, John, Amelia — unanimous)",
  "",
  "### Error Handling",
  "",
  "#### Decision 2: Exception Hierarchy Evolution",
  "",
  "- **Decision:** Option B — Add `ConfigurationError` only; defer `DatabaseConnectionError` to Phase 3",
  "- **Rationale:** `ConfigurationError` meets ADR-005's bar: callers have a concrete need to catch misconfiguration separately from runtime encryption/decryption failures in `try/except` blocks. Covers: bad key format, empty key, invalid `backend_id`, missing backend. `DatabaseConnectionError` is deferred because (a) SQLite connection failures are extremely rare, (b) `aiosqlite` already raises well-typed `sqlite3.OperationalError`, (c) the exception belongs in the Phase 3 persistence abstraction layer, not bolted onto the current monolithic service. Adding exceptions is non-breaking, so deferral cost is zero.",
  "- **Affects:** `exceptions.py`, `services/encrypted_session.py` constructor validation, `__init__.py` public API surface",
  "- **Phase:** Implemented in Phase 2 before v0.1.0 PyPI publish",
  "- **Decided by:** Party Mode consensus (Winston, Murat, Amelia, John — unanimous)",
  "",
  "### Async Boundary Rules",
  "",
  "Reference: `backends/fernet.py`, `services/encrypted_session.py`",
  "",
  "| Operation Type | Pattern | Example |",
  "|---------------|---------|---------|",
  "| `cryptography` library calls | Always `asyncio.to_thread()` | `await asyncio.to_thread(fernet.encrypt, data)` |",
  "| `aiosqlite` calls | Already async, no wrapping | `await db.execute(sql, params)` |",
  "| `json.dumps`/`json.loads` | No wrapping (fast, no I/O) | Direct call in async function |",
  "| Future KMS SDK calls | Already async (network I/O) | `await kms_client.encrypt(...)` |",
  "| File system operations | `asyncio.to_thread()` if blocking | `await asyncio.to_thread(Path.exists, path)` |",
  "",
  "**Rule:** If unsure whether a third-party call blocks, wrap it in `asyncio.to_thread()`. False wrapping costs microseconds; missed wrapping blocks the event loop.",
  "",
  "### Coherence Validation",
  "",
  "**Critical invariant:** Persistence modules depend only on `exceptions.py`. They never import from `serialization.py` or `backends/`. The persistence layer receives opaque bytes (already-encrypted envelopes) and stores them — it never sees plaintext. If a persistence module ever imports from `serialization.py`, the layering is violated.",
];

/** The architecture with one line edited (1-based) and lines added at its end. */
function arch(edits: [number, string, string][], append: string[] = []): string {
  const lines = [...ARCH];
  for (const [line, from, to] of edits) {
    if (!lines[line - 1].includes(from)) throw new Error(`line ${line} does not read "${from}"`);
    lines[line - 1] = lines[line - 1].replace(from, to);
  }
  return [...lines, ...append].join('\n');
}
const drift = (architecture: string) => rulesOf(check(PRD, architecture), 'trace/citation-drift').map((f) => [f.line, f.message]);

describe('trace/citation-drift reads each cited ID against its own words', () => {
  it('the excerpt as written, citing its NFRs rightly in a list, a label list and a paragraph, has no finding', () => {
    expect(drift(arch([]))).toEqual([]);
  });

  it('an NFR whose only citation describes another NFR: its finding names that place and says nothing else resembles it', () => {
    const result = check(PRD, '# Architecture\n\n## Performance\n\nEncryption overhead stays under 20% of the total session operation time (NFR6).\n');
    expect(rulesOf(result, 'trace/nfr-addressed').find((f) => f.message.startsWith('NFR6 '))?.message).toBe(
      'NFR6 (Encryption keys never appear in log output, error messages, exception…) is not cited in the architecture document: docs/architecture.md:5 cites it but describes NFR1 (trace/citation-drift). Nothing else in the architecture document resembles it.',
    );
  });

  it('a list naming each NFR in a few words: the ID shifted to its neighbour drifted, reported on its own line of the paragraph', () => {
    const result = check(PRD, arch([[9, 'no plaintext data paths (NFR5)', 'no plaintext data paths (NFR6)']]));
    expect(rulesOf(result, 'trace/citation-drift').map((f) => [f.line, f.message, f.fix])).toEqual([
      [
        9,
        'This place cites NFR6 (Encryption keys never appear in log output, error messages, exception…) but describes it as "no plaintext data paths"; NFR5 (All session state and event data is encrypted at rest…) reads closer.',
        'Cite NFR5 here if this is where it is met, and cite NFR6 where the architecture meets it.',
      ],
    ]);
    // The other IDs of the list still cover their NFRs; NFR6 is cited nowhere else.
    expect(result.coverage.rows.filter((r) => ['NFR1', 'NFR6', 'NFR23'].includes(r.requirement.id)).map((r) => [r.requirement.id, r.citations.map((c) => c.line)])).toEqual([
      ['NFR1', [9]],
      ['NFR6', []],
      ['NFR23', [9]],
    ]);
  });

  it('an ADR rationale whose sentence about connection failures cites the benchmark NFR drifted; citing the NFR it describes is right', () => {
    const at = 'SQLite connection failures are extremely rare,';
    expect(drift(arch([[32, at, 'SQLite connection failures are extremely rare (NFR4),']]))).toEqual([
      [32, 'This place cites NFR4 (Published benchmarks document actual overhead per operation (encrypt, decrypt, round-trip)…) but describes it as "DatabaseConnectionError is deferred because (a) SQLite connection failures are extremely rare"; NFR14 (Database connection failures raise exceptions that include the database file…) reads closer.'],
    ]);
    expect(drift(arch([[32, at, 'SQLite connection failures are extremely rare (NFR14),']]))).toEqual([]);
  });

  it('a long paragraph that says nothing of the NFR it cites and restates another: the extras decision citing the async I/O NFR drifted', () => {
    const at = 'minimize installed surface by default.';
    expect(drift(arch([[13, at, 'minimize installed surface by default (NFR3).']]))).toEqual([
      [13, 'This place cites NFR3 (Database operations use async I/O exclusively (aiosqlite) — no synchronous…) but describes it as "No [all] extras group. Deliberate decision: security libraries should minimize installed surface by…"; NFR23 (The library has ≤5 direct runtime dependencies — dependency footprint…) reads closer.'],
    ]);
    expect(drift(arch([[13, at, 'minimize installed surface by default (NFR23).']]))).toEqual([]);
  });

  it('IDs sharing one label: left alone when the label describes one of them, one finding for the group when it describes none', () => {
    const item = (ids: string) => `- **${ids} (Async boundary):** every \`cryptography\` call runs in \`asyncio.to_thread()\`, so the event loop never blocks.`;
    expect(drift(arch([], ['', '### Requirement Notes', '', item('NFR2, NFR14')]))).toEqual([]);
    expect(drift(arch([], ['', '### Requirement Notes', '', item('NFR14, NFR23')]))).toEqual([
      [57, 'This place cites NFR14, NFR23 but describes them as "Async boundary: every cryptography call runs in asyncio.to_thread(), so the event loop never blocks."; NFR2 (All cryptography library operations execute via asyncio.to_thread() — zero direct…) reads closer.'],
    ]);
  });

  it("a table row whose IDs share a cell of their own is read whole: left alone when it describes one of them, flagged once when it describes none", () => {
    // Rows as the architecture's own NFR table writes them ("| NFR3 | Async I/O exclusively | Async-first convention (ADR-002) | ✅ |").
    const table = (ids: string) => ['', '### Requirements Coverage', '', '| NFR | Requirement | Architectural support | Status |', '|-----|-------------|----------------------|--------|', `| ${ids} | asyncio.to_thread for crypto | Async boundary rules table | ✅ |`];
    expect(drift(arch([], table('NFR2, NFR3')))).toEqual([]);
    expect(drift(arch([], table('NFR14, NFR23')))).toEqual([
      [59, 'This place cites NFR14, NFR23 but describes them as "asyncio.to_thread for crypto | Async boundary rules table | ✅"; NFR2 (All cryptography library operations execute via asyncio.to_thread() — zero direct…) reads closer.'],
    ]);
  });
});

// An excerpt of another real BMAD v6 pair (corpus pair 18, LandReg): its NFR section, and the
// architecture's requirements overview and core decisions, where one list item meets two NFRs, one
// per sentence.
const PRD_18 = [
  "## 7. Non-Functional Requirements",
  "",
  "### Performance",
  "- **NFR-PERF-1 (UI Responsiveness):** Geographic cascade filter selections and data-grid page transitions must fetch and render within 500 milliseconds (at the 95th percentile).",
  "- **NFR-PERF-2 (Polling Efficiency):** The HTTP short-polling mechanism used to check export statuses must execute with minimal payload overhead, ensuring it does not degrade the local operator's network bandwidth.",
  "",
  "### Security",
  "- **NFR-SEC-1 (Token Enforcement):** All frontend routes must strictly enforce JWT/Session validation natively via the `common-securities` integration, instantly redirecting unauthorized or expired sessions to the login screen.",
  "- **NFR-SEC-2 (API Isolation):** The administrative web portal must never bypass the `optimize-land-reg` REST APIs to access the database directly; it must respect all backend security contexts inherently.",
  "",
  "### Scalability (Data Handling)",
  "- **NFR-SCA-1 (Server-Side Optimization):** The frontend data grids must mandate strict server-side pagination and filtering. It must absolutely never attempt to download full datasets into the local browser memory, guaranteeing stable UX performance even when querying tens of millions of records.",
  "",
  "### Usability & Aesthetics",
].join('\n');
const ARCH_18 = [
  "# Architecture Decision Document",
  "",
  "_This document builds collaboratively through step-by-step discovery. Sections are appended as we work through each architectural decision together._",
  "",
  "## Project Context Analysis",
  "",
  "### Requirements Overview",
  "",
  "**Functional Requirements:**",
  "- **Identity & RBAC (FR1-FR5):** Native, strict integration with existing `common-securities` backend for authentication, generating isolated user profiles, and filtering action privileges on the UI (e.g., hiding Export buttons dynamically).",
  "- **Data Grids & Cascades (FR6-FR14):** Complex server-side paginated tables representing `Actors`, `Findings`, and `SynchroHistory`. Requires stateful, responsive geographic cascade filters (Region -> Prefecture -> Commune -> Canton) mapped with chronological ranges.",
  "- **Asynchronous Mass Export (FR15-FR21):** Triggering extensive CSV/XLSX generation. Requires HTTP short-polling architecture on the frontend to display an active processing state, ultimately presenting a non-blocking download vector notification, alongside automatic UI audit records.",
  "",
  "**Non-Functional Requirements:**",
  "- **Performance:** 500ms guaranteed render times for cascade page transitions. Lightweight payload execution on short-polling loops.",
  "- **Security:** Strict JWT lifecycle management. Redirection patterns for expired access tokens.",
  "- **Usability:** Premium aesthetic from scratch. Smooth micro-animations, absolute data clarity, no generic browser defaults. ",
  "- **Scalability:** The frontend must never hold total datasets in memory; infinite scroll or chunked pagination must be optimized at the component level.",
  "",
  "**Scale & Complexity:**",
  "- The strict requirement for async polling states, nested mapping filters, and absolute reliance on the `common-securities` module elevate this beyond a simple CRUD interface.",
  "- Primary domain: Web Frontend (Standalone Angular 18 Admin Portal)",
  "- Complexity level: Medium-High (Due to non-blocking async UX states and nested dynamic routing/RBAC views).",
  "- Estimated architectural components: At least 4 core modules (Auth/RBAC, Data Grids, Async Notification Poller, Shared State Managers).",
  "",
  "### Technical Constraints & Dependencies",
  "",
  "- **Framework:** Angular 18 in a standalone host paradigm (not a legacy micro-frontend remote).",
  "- **Styling:** Vanilla CSS strictly enforced; obsolete classes or ad-hoc frameworks like Tailwind are expressly prohibited.",
  "- **Dependency:** Tight-coupling with the JVM Spring Boot REST APIs (`optimize-land-reg`) and the `common-securities` auth library.",
  "- **UX Lack:** No UX designs exist, meaning architectural structure must define extremely rigorous modular boundaries for styling to prevent CSS sprawl.",
  "",
  "### Cross-Cutting Concerns Identified",
  "",
  "- **Global State Management:** The active geographic cascade selection must persist effectively when navigating between different grid domains.",
  "- **Background Task Polling:** A global service singleton must orchestrate HTTP short-polling transparently and project Toast notifications regardless of the active router outlet.",
  "- **Auth Guarding & HTTP Interceptors:** A unified mechanism for intercepting HTTP 401s, refreshing JWTs, and mapping the `EXPORT_DATA` token permissions directly to DOM element visibility natively utilizing the `ngx-permissions` library (e.g., `*ngxPermissionsOnly`).",
  "",
  "## Core Architectural Decisions",
  "",
  "### Decision Priority Analysis",
  "",
  "**Critical Decisions (Block Implementation):**",
  "- **Starter CLI & Ecosystem:** Native Angular 18 Standalone API via `@angular/cli@latest`.",
  "- **Authorization Enforcement:** The `ngx-permissions` package directly intercepts structural rendering against JWT claims.",
  "",
  "**Important Decisions (Shape Architecture):**",
  "- **State Management:** `@ngrx/signals` (v21.1.0) provides surgical, boilerplate-free reactivity for the Geographic Cascade and Async notification states.",
  "- **UI Architecture:** 100% custom-built DOM trees for the heavy data-grids, enforcing Vanilla CSS to generate a bespoke, premium aesthetic instead of overriding generic material libraries.",
  "",
  "**Deferred Decisions (Post-MVP):**",
  "- **Visual Analytics UI:** To be deferred to Phase 2 (Growth) after data exploitation grids are stabilized.",
  "",
  "### Data Architecture",
  "",
  "- **State Locality:** Local Route-level stores (SignalStore) will govern standard querying parameters per page. A singleton Global Store will be retained solely for the user's Geographic Cascade selections.",
  "",
  "### Authentication & Security",
  "",
  "- **JWT Intercession:** HTTP Interceptors will automatically flush the SignalStore global state and execute a logout route upon HTTP 401 exceptions.",
  "",
  "### API & Communication Patterns",
  "",
  "- **Asynchronous Execution Polling:** The background mass-export polling is encapsulated inside an `@Injectable()` service running an RxJS `timer().switchMap()` interval. This translates raw backend HTTP statuses into global, reactive Signals for the UI Toast.",
  "",
  "### Frontend Architecture",
  "",
  "- **Signal-Driven Patterns:** `RxJS` is strictly constrained to HTTP lifecycle and timed intervals. Complete DOM rendering will rely entirely on Angular 18 Native Signals (`computed`, `effect`, `@if`, `@for`).",
  "- **Styling Architecture:** Global typography and color tokens defined in a root `index.css`, layered into BEM-structured Vanilla CSS for the Grid primitives.",
  "",
  "### Infrastructure & Deployment",
  "",
  "- **Compilation:** Ahead-of-Time (AOT) ESBuild static assets built out of Vite.",
];

describe('trace/citation-drift reads the sentence around the ID in a statement of several sentences', () => {
  const performance = (from: string, to: string) => ARCH_18.map((l) => (l.startsWith('- **Performance:**') ? l.replace(from, to) : l)).join('\n');

  it('citing the polling NFR at the end of the sentence on polling is right, although the item also restates the render-time NFR', () => {
    expect(rulesOf(check(PRD_18, performance('short-polling loops.', 'short-polling loops (NFR-PERF-2).')), 'trace/citation-drift')).toEqual([]);
  });

  it('citing it at the end of the sentence on render times drifted', () => {
    expect(rulesOf(check(PRD_18, performance('page transitions.', 'page transitions (NFR-PERF-2).')), 'trace/citation-drift').map((f) => [f.line, f.message])).toEqual([
      [15, 'This place cites NFR-PERF-2 (Polling Efficiency) but describes it as "Performance: 500ms guaranteed render times for cascade page transitions. Lightweight payload execut…"; NFR-PERF-1 (UI Responsiveness) reads closer.'],
    ]);
  });
});

describe('a timeout is not a latency restated', () => {
  // Modelled on a real CLI's architecture (corpus pair 10: "Timeout Configuration: 30 seconds for
  // API requests") with NFR IDs of the kind BMAD PRDs give: its HTTP client's response timeout
  // names the same 30 seconds as the search-time NFR, and is no restatement of it.
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR1:** Channel search returns results within 30 seconds.',
    '- **NFR2:** Calls to the live-streaming API are retried 3 times with exponential backoff.',
  ].join('\n');
  const architecture = [
    '# Architecture',
    '',
    '## Requirements mapping',
    '',
    '| NFR | How |',
    '|---|---|',
    '| NFR2 | HTTP client: response timeout of 30 s, 3 retries |',
    '| NFR1 | Channel search pages through the API; results return within 30 s |',
    '',
  ].join('\n');

  it('the row citing the retry NFR with a "response timeout of 30 s" is not drifted, and both NFRs are covered', () => {
    const r = check(prd, architecture);
    expect(rulesOf(r, 'trace/citation-drift')).toEqual([]);
    expect(r.coverage.rows.map((c) => [c.requirement.id, c.status])).toEqual([['NFR1', 'covered'], ['NFR2', 'covered']]);
  });
});
