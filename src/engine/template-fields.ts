// An IEEE 830-style SRS writes each requirement as a form: "**Priority:** Must Have",
// "**Requirement ID:** NFR-PF-001", "**Description:** …", "**Acceptance Criteria:**". The form's
// field names and its bookkeeping say nothing of what the requirement asks, yet words like
// "priority" or "description" are rare in an architecture and would weigh as its most
// distinctive terms (fintrax's NFRs matched a JSON sample's "{title, description, priority}").

/** Fields whose whole line is bookkeeping: who, when, how urgent, which ID. */
const BOOKKEEPING = /^\s*(?:priority|priorité|prioridad|priorität|优先级|優先度|requirement id|req(?:uirement)?\.? ?id|id|status|statut|owner|version|date|author|stakeholders?|source|traces? to|traceability|moscow)\s*[:：]/i;

/** Field names before a requirement's own words ("Description: The system shall …"): the name is dropped, the words kept. */
const FIELD_NAME = /^\s*(?:description|rationale|requirements?|details|notes?|implementation|acceptance criteria|verification(?: method)?|measurement|metric|target)\s*[:：]\s*/i;

/** A requirement's text without its form's field names and bookkeeping lines, for ranking places. */
export function withoutTemplateFields(text: string): string {
  return text
    .split('\n')
    .filter((line) => !BOOKKEEPING.test(line))
    .map((line) => line.replace(FIELD_NAME, ''))
    .join('\n');
}
