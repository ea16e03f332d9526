// JSON written in chunks, byte for byte what JSON.stringify(value, null, 2) returns: a big
// report's text (six characters a character of a synthetic doc set, held twice while written)
// is never one string. Containers near the top are walked here; each element below them is
// JSON.stringify'd alone (native and fast) and indented to its depth.

/** Where chunks go: stdout, a file, or an array joined for a caller that wants one string. */
export type ChunkSink = (chunk: string) => void;

/** Characters gathered before a chunk is handed on: few writes, and no big string. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * An array written element by element as it is produced, never held whole (SARIF's results: one
 * object per finding, made only when it is written).
 */
export class LazyJsonArray {
  constructor(readonly items: Iterable<unknown>) {}
  /** Whole, where JSON.stringify meets it (below the levels writeJson walks). */
  toJSON(): unknown[] {
    return [...this.items];
  }
}

/** Levels of containers walked before elements are stringified whole: a report's arrays of rows sit at depth 3. */
const WALKED_DEPTH = 4;
const INDENT = '  ';

/** A sink that gathers pieces into chunks of about CHUNK_CHARS; flush() hands on the rest. */
export function chunkedSink(sink: ChunkSink, chunkChars = CHUNK_CHARS): { write: ChunkSink; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (!size) return;
    // Pieces are whole JSON tokens, so a chunk never ends inside a surrogate pair.
    const chunk = pending.join('');
    pending = [];
    size = 0;
    sink(chunk);
  };
  return {
    write: (piece) => {
      pending.push(piece);
      size += piece.length;
      if (size >= chunkChars) flush();
    },
    flush,
  };
}

/** Writes JSON.stringify(value, null, 2) + '\n' to `sink` in chunks of about CHUNK_CHARS characters. */
export function writeJson(value: unknown, sink: ChunkSink, chunkChars = CHUNK_CHARS): void {
  const out = chunkedSink(sink, chunkChars);
  const v = jsonValue(value, '');
  // JSON.stringify returns undefined here; the formatters never pass such a value.
  if (hasNoJson(v)) throw new TypeError('writeJson: the value has no JSON form');
  writeValue(v, '', 0, out.write);
  out.write('\n');
  out.flush();
}

/** JSON.stringify(value, null, 2) + '\n' as one string, by the same path as writeJson. */
export function jsonText(value: unknown): string {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c));
  return chunks.join('');
}

const isPlainObject = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The value JSON.stringify writes for `value` under `key`: what its toJSON returns, if it has one. */
function jsonValue(value: unknown, key: string): unknown {
  if (value instanceof LazyJsonArray || value === null || typeof value !== 'object') return value;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const hasNoJson = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** Writes one value (its toJSON already applied) at `indent`, the indentation of its line, as JSON.stringify would inside its parent. */
function writeValue(value: unknown, indent: string, depth: number, write: ChunkSink): void {
  if (value instanceof LazyJsonArray) return writeItems(value.items, indent, depth, write);
  if (value === null || typeof value !== 'object' || depth >= WALKED_DEPTH || !(Array.isArray(value) || isPlainObject(value))) {
    const text = JSON.stringify(value, null, 2);
    write(indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
    return;
  }
  if (Array.isArray(value)) return writeItems(value, indent, depth, write);
  const inner = indent + INDENT;
  let first = true;
  for (const key of Object.keys(value)) {
    const v = jsonValue((value as Record<string, unknown>)[key], key);
    if (hasNoJson(v)) continue;
    write(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    first = false;
    writeValue(v, inner, depth + 1, write);
  }
  write(first ? '{}' : `\n${indent}}`);
}

function writeItems(items: Iterable<unknown>, indent: string, depth: number, write: ChunkSink): void {
  const inner = indent + INDENT;
  let i = 0;
  for (const item of items) {
    write(`${i ? ',\n' : '[\n'}${inner}`);
    const v = jsonValue(item, String(i));
    if (hasNoJson(v)) write('null');
    else writeValue(v, inner, depth + 1, write);
    i++;
  }
  write(i ? `\n${indent}]` : '[]');
}
