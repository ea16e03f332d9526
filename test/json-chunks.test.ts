import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, LazyJsonArray, jsonText, writeJson } from '../src/formatters/json-chunks.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatJson } from '../src/formatters/json.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { verdictCounts } from '../src/report/verdict.js';
import { buildReport } from '../src/report/report.js';
import { checkDocSet } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { RULES } from '../src/rules/index.js';
import { syntheticDocSet } from '../bench/synthetic.js';
import { corpusPairs, itWithShared } from './helpers.js';

// The JSON and SARIF reports are written in chunks; what is written must be exactly what
// JSON.stringify(value, null, 2) wrote when the report was one string.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const stringified = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const chunksOf = (value: unknown, chunkChars?: number) => {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), chunkChars);
  return chunks;
};

describe('JSON written in chunks', () => {
  it('writes what JSON.stringify writes, for every construct it treats apart', () => {
    const values: unknown[] = [
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
      { a: undefined },
      [undefined, () => 1, Symbol('s'), 2],
      { empty: [], none: {}, nested: [[], [{}], { deep: { deeper: { deepest: { leaf: [1, { x: [] }] } } } }] },
      { date: new Date(Date.UTC(2026, 0, 2)), custom: { toJSON: (key: string) => `key ${key}` }, gone: { toJSON: () => undefined } },
      [{ toJSON: () => undefined }],
      { text: 'line\nbreak "quoted" \\ tab\t', pair: 'emoji 😀 end', lone: 'a\ud800b', ctrl: '\u0001\u2028' },
      Object.assign(Object.create(null), { noProto: true }),
      { map: new Map([[1, 2]]), set: new Set([1]), boxed: [Object(1), Object('s'), Object(false)] },
      { numbers: [0, -0, 1.5, NaN, Infinity, -1e21] },
      'a string',
      42,
      null,
      [],
      {},
    ];
    for (const value of values) {
      expect(jsonText(value)).toBe(stringified(value));
      // A piece per chunk at most: every way the text can be cut between pieces.
      for (const size of [1, 7]) expect(chunksOf(value, size).join('')).toBe(stringified(value));
    }
  });

  it('writes a lazy array as the array it yields, made only while it is written', () => {
    let made = 0;
    function* rows() {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i, tags: ['x'] };
      }
    }
    const lazy = new LazyJsonArray(rows());
    expect(made).toBe(0);
    expect(jsonText({ runs: [{ results: lazy, empty: new LazyJsonArray([]) }] })).toBe(stringified({ runs: [{ results: [0, 1, 2].map((i) => ({ i, tags: ['x'] })), empty: [] }] }));
    expect(made).toBe(3);
  });

  it('never cuts a surrogate pair between chunks', () => {
    const value = { findings: Array.from({ length: 50 }, (_, i) => ({ message: `${'😀'.repeat(i)} é`, line: i })) };
    const chunks = chunksOf(value, 10);
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.filter((c) => LONE_SURROGATE.test(c))).toEqual([]);
    expect(chunks.join('')).toBe(stringified(value));
  });

  it('writes a synthetic doc set\'s report in chunks of about 64 KB, never one string', () => {
    const set = syntheticDocSet(300_000);
    const result = checkDocSet({ name: 'default', prd: [{ path: 'docs/prd.md', text: set.prd }], architecture: [{ path: 'docs/architecture.md', text: set.architecture }], missing: [] }, resolveConfig({}).engine);
    const report = buildReport([{ result }], 'error');
    const chunks = chunksOf(report);
    const whole = stringified(report);
    expect(chunks.join('')).toBe(whole);
    expect(whole.length).toBeGreaterThan(20 * CHUNK_CHARS);
    // Each chunk closes at the first piece that reaches 64 KB: one finding or coverage row over at most (a few KB; one with many places to cite, more).
    expect(chunks.slice(0, -1).filter((c) => c.length < CHUNK_CHARS || c.length >= 2 * CHUNK_CHARS)).toEqual([]);
    expect(chunks.at(-1)!.length).toBeLessThan(2 * CHUNK_CHARS);
  });

  itWithShared('writes every corpus pair\'s JSON report and SARIF as JSON.stringify did', () => {
    const config = resolveConfig({ preset: 'strict' }, undefined, '2026-01-01').engine;
    for (const pair of corpusPairs()) {
      const result = checkDocSet(readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture }), config);
      const report = buildReport([{ result }], 'error');
      expect(formatJson(report), pair.name).toBe(stringified(report));
      const sarif = formatSarif(report, RULES, '1.2.3');
      expect(sarif, pair.name).toBe(stringified(JSON.parse(sarif)));
      expect(JSON.parse(sarif).runs[0].results.length, pair.name).toBe(report.docSets[0].findings.length);
    }
  });
});

describe('archgate check --format json and sarif', () => {
  it('write stdout in chunks, the same text as one write', async () => {
    const { run } = await import('../src/cli/cli-main.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'archgate-chunks-'));
    mkdirSync(path.join(dir, 'docs'));
    const set = syntheticDocSet(200_000);
    writeFileSync(path.join(dir, 'docs/prd.md'), set.prd);
    writeFileSync(path.join(dir, 'docs/architecture.md'), set.architecture);
    const writes = async (format: string) => {
      const chunks: string[] = [];
      const code = await run(['check', dir, '--format', format], { stdout: { write: (s: string) => chunks.push(s) }, stderr: { write: () => true }, env: {} });
      return { code, chunks };
    };
    const json = await writes('json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.chunks.join(''));
    expect(json.chunks.join('')).toBe(stringified(report));
    expect(json.chunks.slice(0, -1).filter((c) => c.length < CHUNK_CHARS || c.length >= 2 * CHUNK_CHARS)).toEqual([]);
    const sarif = await writes('sarif');
    expect(sarif.chunks.join('')).toBe(stringified(JSON.parse(sarif.chunks.join(''))));
    expect(JSON.parse(sarif.chunks.join('')).runs[0].results.length).toBe(report.summary.errors + report.summary.warnings);
    expect(sarif.chunks.slice(0, -1).filter((c) => c.length < CHUNK_CHARS || c.length >= 2 * CHUNK_CHARS)).toEqual([]);
    expect(sarif.chunks.length).toBeGreaterThan(5);
    // The default format too: the text of formatStylish, a line at a time in chunks of about 64 KB.
    const stylish = await writes('stylish');
    expect(stylish.code).toBe(1);
    expect(stylish.chunks.join('')).toBe(formatStylish(report, { color: false }));
    expect(stylish.chunks.join('').split('\n').at(-2)).toBe(`✖ fail: ${verdictCounts(report)}`);
    expect(stylish.chunks.join('').length).toBeGreaterThan(4 * CHUNK_CHARS);
    expect(stylish.chunks.length).toBeGreaterThan(4);
    expect(stylish.chunks.slice(0, -1).filter((c) => c.length < CHUNK_CHARS || c.length >= 2 * CHUNK_CHARS || !c.endsWith('\n'))).toEqual([]);
  });
});
