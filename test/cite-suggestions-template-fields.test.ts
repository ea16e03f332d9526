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
