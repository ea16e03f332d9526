import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

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
