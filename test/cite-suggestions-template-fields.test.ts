import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { withoutTemplateFields } from '../src/engine/template-fields.js';

// An IEEE 830-style SRS (fintrax's SRS.md) writes each NFR as a form under its heading:
// "**Priority:** Must Have", "**Requirement ID:** NFR-SC-007", "**Description:** …". The form's
// field names are no words of the requirement: "priority" and "description" are rare in a
// design, and a data-flow sample writing "{title, description, priority}" outranked the rate
// limits that protect the email endpoints.

const prd = [
  '## 4. Non-Functional Requirements',
  '### 4.2 Security Requirements',
  '#### NFR-SC-007: Email Security',
  '**Priority:** Must Have',
  '**Requirement ID:** NFR-SC-007',
  '',
  '**Description:** The system shall securely send emails and protect against email-based attacks.',
  '',
  '**Requirements:**',
  '- **OTP Expiry:** OTP codes expire after 10 minutes',
  '- **Rate Limiting:** Maximum 3 OTP emails per hour per address',
  '',
  '**Acceptance Criteria:**',
  '- [ ] OTP emails are rate limited',
].join('\n');

const otherSections = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of tasks.\n`).join('\n');

const arch = [
  '# High-Level Design',
  '## Data Flow: Create Task',
  '```',
  'Client ──POST /tasks {title, description, priority}──► Backend',
  '```',
  '## Rate Limiting Architecture',
  '- General API: 100 requests per minute per user',
  '- OTP Generation: 3 OTP emails per hour per address',
  otherSections,
].join('\n\n');

describe('an NFR written as a form (IEEE 830 SRS)', () => {
  it('its field names and bookkeeping lines are left out of the words places are ranked by', () => {
    expect(withoutTemplateFields('NFR-SC-007: Email Security\nPriority: Must Have\nRequirement ID: NFR-SC-007\nDescription: The system shall send emails.\nRequirements:\nOTP Expiry: OTP codes expire after 10 minutes')).toBe(
      'NFR-SC-007: Email Security\nThe system shall send emails.\n\nOTP Expiry: OTP codes expire after 10 minutes',
    );
  });

  it('the rate limit on OTP emails is offered first, and the sample naming "description, priority" not at all', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.evidence])).toEqual([
      [15, 'Rate Limiting Architecture', 'OTP Generation: 3 OTP emails per hour per address'],
      [13, 'Rate Limiting Architecture', 'Rate Limiting Architecture: General API: 100 requests per minute per user'],
    ]);
  });
});

// The same form in German (and the other languages archgate reads): "**Kategorie:**",
// "**Business Value:** Hoch", "**Anforderung:**", "**Akzeptanzkriterien:**". "Business Value"
// matched a layer diagram's "Business Services" line; "akzept" and "ziel" are rare in a design.
describe('an NFR written as a form in German', () => {
  const prdDe = [
    '## Nicht-funktionale Anforderungen',
    '### NFR-012: Protokollaufbewahrung',
    '**Kategorie:** Wartbarkeit',
    '**Priorität:** Muss (Must Have)',
    '**Business Value:** Hoch',
    '**Anforderung:**',
    'Protokolle werden 30 Tage aufbewahrt.',
    '**Akzeptanzkriterien:**',
    '- Rotation täglich, Archiv komprimiert',
  ].join('\n');
  const archDe = [
    '# Systemarchitektur',
    '## Schichten',
    'Business Services: Geräteverwaltung, Abrechnung, Value-Added Reports',
    '## Betrieb',
    '- Protokolle: Loki, tägliche Rotation, komprimiertes Archiv',
    '- Container: ein Image je Dienst',
    otherSections,
  ].join('\n\n');

  it('its field names and the business value line are left out; the words after a field name stay', () => {
    expect(withoutTemplateFields('Kategorie: Wartbarkeit\nPriorität: Muss (Must Have)\nBusiness Value: Hoch\nAnforderung:\nProtokolle werden 30 Tage aufbewahrt.\nAkzeptanzkriterien:\nZiel: Rotation täglich')).toBe(
      'Wartbarkeit\n\nProtokolle werden 30 Tage aufbewahrt.\n\nRotation täglich',
    );
  });

  it('the operations line on log rotation is offered, and the layer naming "Business" and "Value" not at all', () => {
    const row = check(prdDe, archDe).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.evidence])).toEqual([[9, 'Betrieb', 'Betrieb: Protokolle: Loki, tägliche Rotation, komprimiertes Archiv']]);
  });
});
