import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A paragraph ending in a colon opens the list under it: the Self-hosted VoD platform's ERD says
// "MVP uses PostgreSQL full-text search. The `movies.search_vector` column includes normalized
// text from:" and lists the fields. The NFR's acceptance names the same fields; the paragraph,
// read with its list, is where search is designed, not one field's line of it.

const prd = [
  '# Non-Functional Requirements',
  '',
  '| ID | Area | Requirement | Acceptance |',
  '|---|---|---|---|',
  '| NFR-010 | Search quality | Search must use real database-backed metadata. | Search tests seed real movies and verify title, description, genre, actor, and director matches. |',
].join('\n');

const otherSections = Array.from({ length: 30 }, (_, i) => `## Table ${i}\n\nThe table ${i} stores rows of the catalogue.\n`).join('\n');

const arch = [
  '# Entity Relationship Design',
  '## movies',
  '| column | type | note |\n|---|---|---|\n| title | varchar(255) | Movie title |',
  '## Search Design',
  'MVP uses PostgreSQL full-text search. The `movies.search_vector` column includes normalized text from:',
  '- movie title\n- description\n- genre names\n- actor names\n- director names',
  otherSections,
].join('\n\n');

describe('a paragraph that opens a list', () => {
  it('is read with its items: the paragraph is offered first, an item of its list only after the other section\'s place', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.confidence])).toEqual([
      [11, 'Search Design', 'possible'],
      [7, 'movies', 'possible'],
      [13, 'Search Design', 'possible'],
    ]);
  });
});
