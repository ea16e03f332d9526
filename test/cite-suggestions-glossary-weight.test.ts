import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// I_am_OK's SRS asks for "X25519 elliptic curve Diffie-Hellman" key exchange; its C4 model meets it
// in the Crypto Engine ("Key Exchange: X25519 (Curve25519 ECDH)") and spells the acronym out in
// its appendix ("ECDH | Elliptic Curve Diffie-Hellman"), which writes more of the NFR's words.

const prd = [
  '## 6. Non-Functional Requirements',
  '### 6.2 Security Requirements',
  ['| ID | Category | Requirement |', '|----|----------|-------------|', '| NFR-SEC-001 | Cryptography | XChaCha20-Poly1305 AEAD for encryption |', '| NFR-SEC-002 | Key Exchange | X25519 elliptic curve Diffie-Hellman |'].join('\n'),
].join('\n\n');

const arch = [
  '# C4 Architecture Model',
  '## 5.2.2 Crypto Engine',
  '**Algorithms:**\n- **Encryption**: XChaCha20-Poly1305 (AEAD)\n- **Key Exchange**: X25519 (Curve25519 ECDH)\n- **Signatures**: Ed25519',
  ...Array.from({ length: 10 }, (_, i) => `## Component ${i}\n\nStep ${i} signs with its key.`),
  '## 12.1 Acronyms and Abbreviations',
  ['| Acronym | Definition |', '|---------|------------|', '| AEAD | Authenticated Encryption with Associated Data |', '| ECDH | Elliptic Curve Diffie-Hellman |'].join('\n'),
].join('\n\n');

describe("a glossary's entry that spells out the NFR's words", () => {
  it('counts 0.4 of its match and ranks below the design line that names the mechanism (at 0.6 it ranked first, 0.28)', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-002')!;
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score])]).toEqual([
      'uncovered',
      [
        [7, 'Crypto Engine', 0.23],
        [55, 'Acronyms and Abbreviations', 0.19],
      ],
    ]);
  });
});
