import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// lunesko/I_am_OK's C4 architecture quotes its security requirements from another document
// ("### 9.3 Security Requirements — From YA-OK-SEC-002: … OWASP MASVS L2 compliance") and its
// quality targets in a "Quality Attributes (ISO 25010)" table: both restate requirements, neither
// says how they are met, so neither implies an NFR nor is a likely place to cite it.

const prd = [
  '## 5. Non-Functional Requirements',
  '### 5.3 Security',
  ['| ID | Requirement | Target |', '| --- | --- | --- |', '| NFR-SEC-010 | Compliance | OWASP MASVS L2, ISO 27001 controls |'].join('\n'),
].join('\n\n');

const otherSections = Array.from({ length: 20 }, (_, i) => `### 5.${i} Component ${i}\n\nComponent ${i} stores messages in the local queue and forwards them over BLE.\n`).join('\n');

const arch = [
  '# C4 Architecture Model',
  '## 2. Architecture Principles',
  '### 2.2 Quality Attributes (ISO 25010)',
  ['| Attribute | Priority | Target |', '| --- | --- | --- |', '| Security | P0 | OWASP MASVS L2 compliance, ISO 27001 controls |'].join('\n'),
  otherSections,
  '## 9. Security Architecture',
  '### 9.3 Security Requirements',
  'From **YA-OK-SEC-002** (Security Requirements):\n- 82 formal security requirements across 11 categories\n- OWASP MASVS L2 compliance\n- ISO 27001 controls mapping',
].join('\n\n');

describe('requirements quoted in the architecture from elsewhere', () => {
  it('imply nothing: the NFR stays uncovered, its quoted lines only possible places', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-010')!;
    expect(row.status).toBe('uncovered');
    expect(row.implied).toBeUndefined();
    expect(row.suggestions.filter((s) => s.confidence === 'likely')).toEqual([]);
  });
});
