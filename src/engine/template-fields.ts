// An IEEE 830-style SRS writes each requirement as a form: "**Priority:** Must Have",
// "**Requirement ID:** NFR-PF-001", "**Description:** …", "**Acceptance Criteria:**". The form's
// field names and its bookkeeping say nothing of what the requirement asks, yet words like
// "priority" or "description" are rare in an architecture and would weigh as its most
// distinctive terms (fintrax's NFRs matched a JSON sample's "{title, description, priority}").

/** Fields whose whole line is bookkeeping: who, when, how urgent, which ID. */
const BOOKKEEPING = /^(?:priority|priorité|prioridad|prioridade|priorität|priorità|优先级|優先度|requirement id|req(?:uirement)?\.? ?id|id|status|statut|owner|version|date|author|stakeholders?|source|traces? to|traceability|moscow|business value|geschäftswert|valeur (?:métier|business)|valor (?:de )?(?:negocio|neg[óo]cio)|criticality|criticité|criticidad|kritikalität|importance|wichtigkeit)\s*[:：]/i;

/** Field names before a requirement's own words ("Description: The system shall …"): the name is dropped, the words kept. */
const FIELD_NAMES = [
  'description|rationale|requirements?|details|notes?|implementation|acceptance criteria|verification(?: method)?|measurement|metric|target|category|goal|objective',
  // The same fields in the other languages archgate reads (German, French, Spanish, Portuguese, Italian).
  'kategorie|anforderung(?:en)?|beschreibung|begründung|ziele?|messung|messmethoden?|prüfmethoden?|akzeptanzkriteri(?:um|en)',
  "catégorie|objectif|critères? d['’]acceptation|méthode de vérification|mesure|justification",
  'categoría|categoria|objetivo|criterios? de aceptación|critérios? de aceitação|método de verificación|descripción|descrição|justificación|criteri di accettazione|descrizione',
];
const FIELD_NAME = new RegExp(String.raw`^(?:${FIELD_NAMES.join('|')})\s*[:：]\s*`, 'i');
/**
 * The fields of a quality-attribute form written as a two-column table ("Scale | Time to detect
 * agent heartbeat failure", "Must | Detection within 30 seconds", "Response Measure | …"):
 * Planguage's Scale/Meter/Must/Plan/Wish and a quality scenario's Source/Stimulus/Environment/
 * Artifact/Response. The name is the form's, the cell after it the requirement's; "scale" or
 * "response" counted as the requirement's words matched every place about scaling.
 */
const FORM_FIELD = new RegExp(String.raw`^(?:${[...FIELD_NAMES, 'scale|meter|must|plan|wish|past|record|trend|tolerable|fail|stretch|source|stimulus|environment|artifact|response(?: measure)?|quality attribute|attribute|scenario'].join('|')})\s*\|\s*`, 'i');
/** A form table's header row ("Field | Value", "Part | Value"): no word of the requirement. */
const FORM_HEADER = /^(?:field|part|attribute|element|aspect|property|item|key)\s*\|\s*(?:value|description|details?)\s*$/i;

/** A requirement's text without its form's field names and bookkeeping lines, for ranking places. */
export function withoutTemplateFields(text: string): string {
  return text
    .split('\n')
    // The patterns read from a line's first word: indentation is trimmed once, not tried by each.
    .map((line) => line.trimStart())
    .filter((line) => !BOOKKEEPING.test(line) && !FORM_HEADER.test(line))
    .map((line) => line.replace(FIELD_NAME, '').replace(FORM_FIELD, ''))
    .join('\n');
}

/**
 * A line of a document's control block ("**Version:** 1.0", "**Date:** 2026-02-06", "**Status:**
 * Draft", "**Classification:** INTERNAL"): the document's bookkeeping, not its design. Fields that
 * only a control block has take any short value; a field a design also has ("version: integer",
 * "Status: pending → sent") only the value a control block gives it.
 */
const CONTROL_FIELD = /^\s*(?:document (?:id|version|status|owner|classification|type|number)|doc(?:ument)? ?(?:id|no\.?)|last (?:updated|modified|reviewed|revised)|classification|distribution|authors?|reviewers?|reviewed by|approved by|approvers?|prepared by)\s*[:：]\s*(?<value>.*)$/i;
const SHARED_FIELD = /^\s*(?<field>version|revision|date|updated|status|owner)\s*[:：]\s*(?<value>.*)$/i;
const CONTROL_VALUE: Record<string, RegExp> = {
  version: /^v?\d+(?:\.\d+)*$/i,
  revision: /^[a-z]?\d+(?:\.\d+)*$/i,
  date: /^(?=.*\d)\S+(?:\s\S+){0,3}$/,
  updated: /^(?=.*\d)\S+(?:\s\S+){0,3}$/,
  status: /^\S+(?:\s\S+)?$/,
  owner: /^\S+(?:\s\S+){0,3}$/,
};

function isControlLine(line: string): boolean {
  const own = CONTROL_FIELD.exec(line);
  if (own) return own.groups!.value.trim().split(/\s+/).length <= 8;
  const shared = SHARED_FIELD.exec(line);
  return !!shared && CONTROL_VALUE[shared.groups!.field.toLowerCase()].test(shared.groups!.value.trim());
}

/** The text without its document-control lines (all of it when none is one). */
export function withoutDocumentControl(text: string): string {
  if (!/[:：]/.test(text)) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => !isControlLine(line));
  return kept.length === lines.length ? text : kept.join('\n');
}
