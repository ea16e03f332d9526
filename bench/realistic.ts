// Realistic doc sets of a given size: the corpus's own PRDs and architecture documents
// concatenated, each copy's IDs renamed so that requirements stay distinct (NFR-003 in copy 12
// becomes NFR-003012). Real prose, tables, code and diagrams, at any size.
import type { CorpusPair } from '../test/helpers.js';
import { readDocSet } from '../src/io/read-doc-set.js';

const ID = /\b([A-Z][A-Z0-9]{0,7})([-_.]?)(\d{1,5})\b/g;

/** A copy's IDs renamed: the copy number appended as three digits keeps every (ID, copy) distinct. */
export const renameIds = (text: string, copy: number) => text.replace(ID, (_, prefix: string, sep: string, n: string) => `${prefix}${sep}${n}${String(copy % 1000).padStart(3, '0')}`);

function read(pair: CorpusPair) {
  const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
  const join = (files: { text: string }[]) => files.map((f) => f.text).join('\n\n');
  return { prd: join(input.prd), architecture: join(input.architecture) };
}

export function realisticDocSet(pairs: CorpusPair[], targetBytes: number): { prd: string; architecture: string } {
  const sources = pairs.map(read);
  const prd: string[] = [];
  const arch: string[] = [];
  let size = 0;
  for (let copy = 0; size < targetBytes; copy++) {
    const s = sources[copy % sources.length];
    const p = renameIds(s.prd, copy);
    const a = renameIds(s.architecture, copy);
    prd.push(p);
    arch.push(a);
    size += p.length + a.length;
  }
  return { prd: prd.join('\n\n'), architecture: arch.join('\n\n') };
}
