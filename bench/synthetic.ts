// Deterministic synthetic doc sets of a given size: many NFRs, components, tables, mermaid blocks.
// A small linear congruential generator keeps every run byte-identical.

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CATEGORIES = ['Performance', 'Security', 'Availability', 'Scalability', 'Usability', 'Maintainability'];
const WORDS = 'invoice ledger upload extraction worker queue cache index search report export account review approve tenant region zone backup restore metric alert token session audit'.split(' ');

export function syntheticDocSet(targetBytes: number, seed = 1): { prd: string; architecture: string } {
  const r = rng(seed);
  const word = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const prd: string[] = ['# Synthetic PRD', '', '## Goals', '', sentence(30), '', '## Users', '', '| Persona | Need |', '|---|---|', '| Bookkeeper | uploads |', '', '## Functional Requirements', ''];
  const arch: string[] = ['# Synthetic — Architecture', '', '## Architectural Style', '', 'A modular monolith, because the team is small.', '', '## Components', ''];
  let n = 0;
  let size = 0;
  while (size < targetBytes / 2) {
    n++;
    const cat = CATEGORIES[n % CATEGORIES.length];
    if (n % 25 === 1) prd.push('', `## Non-Functional Requirements ${n}`, '', `### ${cat}`, '');
    const line = `- **NFR-${n}:** The ${word()} ${word()} responds within ${100 + (n % 9) * 50} ms at p95 for ${sentence(8)}.`;
    prd.push(line);
    size += line.length + 1;
    if (n % 10 === 0) {
      const rows = ['', '| ID | Category | Requirement |', '|---|---|---|', `| FR-${n} | ${cat} | ${sentence(12)} |`, ''];
      prd.push(...rows);
      size += rows.join('\n').length + 1;
    }
  }
  let c = 0;
  let archSize = 0;
  while (archSize < targetBytes / 2) {
    c++;
    const block = [`### Component: Service ${c}`, '', `**Responsibility:** ${sentence(12)} (NFR-${1 + (c % n)})`, `**Technology:** Node.js, PostgreSQL`, `**Dependencies:** Service ${c + 1}, Object Store`, ''];
    block.push(sentence(60), '', `Meets NFR-${1 + ((c * 7) % n)} with p95 under ${100 + (c % 9) * 50} ms.`, '');
    if (c % 20 === 0) block.push('```mermaid', 'flowchart LR', ...Array.from({ length: 6 }, (_, i) => `  s${c}_${i}["Service ${c + i}"] --> s${c}_${i + 1}["Service ${c + i + 1}"]`), '```', '');
    if (c % 15 === 0) block.push('| Risk | Mitigation |', '|---|---|', `| ${sentence(6)} | ${sentence(6)} |`, '');
    arch.push(...block);
    archSize += block.join('\n').length + 1;
  }
  arch.push('## Security', '', 'OAuth 2.0 sign-in, RBAC, TLS 1.3 in transit, AES-256 at rest.', '', '## Deployment', '', '### Option A: Cloud Run ($40/month)', '### Option B: GKE ($150/month)', '');
  return { prd: prd.join('\n') + '\n', architecture: arch.join('\n') + '\n' };
}
