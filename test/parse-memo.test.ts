import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusPairs, describeWithShared } from './helpers.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import type { RawConfig } from '../src/config/load-config.js';
import { checkDocSet, checkDocSetAsync, type DocSetResult, type EngineConfig } from '../src/engine/engine.js';
import { parseMarkdown, parseProgress } from '../src/engine/markdown.js';
import type { DocSetInput } from '../src/engine/types.js';
import { createMermaidValidator } from '../src/io/mermaid-validator.js';

// The Action judges a pull request's base and head side by side; a file the pull request leaves
// alone is parsed once and its tree read by both checks. That is safe only if nothing after the
// parse changes a tree: these tests freeze every tree before the checks read it (a write to a
// frozen object throws in a module), and compare with checks that parse for themselves.

/** Freezes an mdast tree and everything in it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A memo holding the frozen tree of every text given. */
function frozenMemo(texts: string[]): Map<string, Root> {
  return new Map(texts.map((t) => [t, deepFreeze(parseMarkdown(t))]));
}

const textsOf = (input: DocSetInput) => [...input.prd, ...input.architecture].map((f) => f.text);
const json = (r: DocSetResult) => JSON.stringify(r);

/** A doc set read from a corpus pair's files. */
function corpusInput(name: string): DocSetInput {
  const pair = corpusPairs().find((p) => p.name === name)!;
  const read = (files: string[]) => files.map((f) => ({ path: f, text: readFileSync(path.join(pair.dir, f), 'utf8') }));
  return { name: 'default', prd: read(pair.prd), architecture: read(pair.architecture), missing: [] };
}

/** The head of a pull request that adds a paragraph to the architecture and leaves the PRD alone. */
const editedArchitecture = (base: DocSetInput): DocSetInput => ({
  ...base,
  architecture: base.architecture.map((f, i) => (i === 0 ? { ...f, text: `${f.text}\n\n## Change log\n\nThe export job now retries twice before it reports a failure.\n` } : f)),
});

/** Counts the parser's calls on one text (each piece of it that the parser reads, as the time limit sees them). */
function countParsesOf(text: string): () => number {
  let n = 0;
  parseProgress.onChunk = (t) => void (t === text && n++);
  return () => n;
}

afterEach(() => {
  parseProgress.onChunk = null;
});

// A pair with mermaid fences, and the largest pair (parsed section by section).
const PAIRS = ['10-polyv__polyv-live-cli', '23-AlphaLuppi__mnm'];

describeWithShared('one parse per text, shared by the base and the head', () => {
  const engine = resolveConfig({}).engine;

  for (const name of PAIRS) {
    it(`${name}: no check writes to a shared tree, and findings equal those of checks that parse alone`, () => {
      const base = corpusInput(name);
      const head = editedArchitecture(base);
      const parseMemo = frozenMemo([...textsOf(base), ...textsOf(head)]);
      const shared: EngineConfig = { ...engine, parseMemo };
      expect(json(checkDocSet(base, shared))).toBe(json(checkDocSet(base, engine)));
      expect(json(checkDocSet(head, shared))).toBe(json(checkDocSet(head, engine)));
    });

    it(`${name}: an unchanged PRD is parsed once for base and head, twice without the memo`, () => {
      const base = corpusInput(name);
      const head = editedArchitecture(base);
      const prd = base.prd[0].text;
      const once = countParsesOf(prd);
      parseMarkdown(prd);
      const onePass = once();
      expect(onePass).toBeGreaterThan(0);

      const plain = countParsesOf(prd);
      checkDocSet(base, engine);
      checkDocSet(head, engine);
      expect(plain()).toBe(2 * onePass);

      const memoised = countParsesOf(prd);
      const parseMemo = new Map<string, Root>();
      checkDocSet(base, { ...engine, parseMemo });
      checkDocSet(head, { ...engine, parseMemo });
      expect(memoised()).toBe(onePass);
      // Both architectures were parsed (they differ); the PRD once.
      expect(parseMemo.size).toBe(3);
    });
  }
});

// Modelled on a BMAD PRD and an architecture with a stale generated block and a view mermaid
// cannot parse: the diagram stages (markers, regenerated blocks, fixes, mermaid) read the trees too.
const PRD = '# Photo albums PRD\n\n## Non-functional requirements\n\n- **NFR-001:** Album pages load within 800 ms at p95.\n- **NFR-002:** Uploads are stored encrypted at rest with AES-256.\n';
const ARCH =
  '# Architecture\n\n## Performance\n\nAlbum pages are served from a CDN cache (NFR-001).\n\n### Component: Album service\n\nServes album pages from Postgres.\n\n' +
  '<!-- archgate:begin components -->\nold\n<!-- archgate:end -->\n\n## Upload flow\n\n```mermaid\nflowchart LR\n  B --> C[Label (x)]\n```\n';
const CONFIG: RawConfig = { rules: { 'diagram/stale': 'error' } };

describe('one parse per text: diagrams and fixes', () => {
  it('a doc set with a stale generated block and a broken view judges the same from frozen shared trees', async () => {
    const engine = resolveConfig(CONFIG).engine;
    const input: DocSetInput = { name: 'default', prd: [{ path: 'docs/prd.md', text: PRD }], architecture: [{ path: 'docs/architecture.md', text: ARCH }], missing: [] };
    const validator = createMermaidValidator(null);
    const alone = await checkDocSetAsync(input, engine, validator);
    const shared = await checkDocSetAsync(input, { ...engine, parseMemo: frozenMemo([PRD, ARCH]) }, validator);
    expect(json(shared)).toBe(json(alone));
    // What the comparison covers: the stale block, its fix, and mermaid's verdict.
    expect(shared.findings.filter((f) => f.rule.startsWith('diagram/')).map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'docs/architecture.md:11 diagram/stale',
      'docs/architecture.md:19 diagram/mermaid-syntax',
    ]);
    expect(shared.fixes.map((f) => f.path)).toEqual(['docs/architecture.md']);
  });
});
