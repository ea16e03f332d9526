import type { Passage } from './passages.js';
import type { Requirement, Target } from './types.js';
import { isConcept, termCounts } from './terms.js';

// A configuration example may restate an NFR's target as a bare value: "≥ 500 000 connections" met
// by `max_connections: 500000`, "3 s" by `timeout_ms | 3000`, "up to 3 attempts" by
// `max_attempts = 3`. The value alone proves nothing (a port, a year, a version equal it by
// chance): it restates the target only where the key's words (split at _ - . and case) name the
// requirement's metric or its family (timeout ~ latency, replicas ~ availability, ttl ~ cache).
// Read from a code block's lines and a table row whose first cell is a key; never from a box
// diagram. It ranks the place as a restated target does; it is no proof the NFR is met there,
// so it never makes a place likely (and never implies).

/** A key and its value, read from one line: "max_connections: 500000", "timeout = 3s", "| color.timeout_ms | 3000 |". */
export interface ConfigValue {
  key: string;
  value: number;
  /** The value's unit, from its suffix or the key's last word ("3s", "timeout_ms"), in its family's base (seconds, bytes); undefined when bare. */
  family?: 'time' | 'size';
}

// "key: value", "key = value", "\"key\": value", "- key: value", "KEY=value"; anchored and bounded, linear per line.
const PAIR = /^\s*(?:[-*]\s+)?["']?([A-Za-z_][\w.-]{0,80})["']?\s*[:=]\s*["']?(\d[\d_,]*(?:\.\d+)?)\s*([A-Za-zµ]{1,12})?/;
// A table row as a passage reads it: "key | value | note".
const ROW = /^\s*`?([A-Za-z_][\w.-]{0,80})`?\s*\|\s*`?(\d[\d_,]*(?:\.\d+)?)\s*([A-Za-zµ]{1,12})?`?\s*(?:\||$)/;

const TIME: Record<string, number> = { ms: 0.001, millis: 0.001, msec: 0.001, milliseconds: 0.001, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, m: 60, min: 60, mins: 60, minute: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400 };
const SIZE: Record<string, number> = { b: 1, byte: 1, bytes: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };
/** Keys whose number is an identity, not a quantity: it may equal any target. */
const NOT_QUANTITY = /(?:^|[_.-])(?:port|year|version|ver|id|index|idx|seed|code|build|major|minor|patch)(?:$|[_.-])/i;
/** Words of a key that name no metric: "max", "default", "limit". */
const GENERIC = new Set(['max', 'min', 'default', 'limit', 'size', 'count', 'num', 'number', 'total', 'value', 'per', 'enabled', 'config', 'setting', 'ms', 's', 'sec', 'secs', 'seconds', 'minutes', 'hours', 'days']);
/** The family of metrics a key's word names, as words the requirements use. */
const FAMILIES: Record<string, string> = {
  timeout: 'latency response',
  deadline: 'latency response',
  connections: 'concurrent',
  conns: 'connections concurrent',
  sessions: 'concurrent',
  replicas: 'availability replica',
  ttl: 'cache freshness expiry',
  expiry: 'cache freshness',
  retries: 'retry',
  attempts: 'retry',
  rps: 'throughput requests',
  qps: 'throughput requests',
};

/** A key's words: "max_udp_sessions" is "max udp sessions", "maxConnections" "max connections". */
const keyWords = (key: string): string[] => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).filter(Boolean);

function valueOf(key: string, raw: string, suffix: string | undefined): ConfigValue | null {
  const value = Number(raw.replace(/[_,]/g, ''));
  if (!Number.isFinite(value) || value <= 1 || NOT_QUANTITY.test(key)) return null;
  const words = keyWords(key);
  const unit = suffix?.toLowerCase() ?? words[words.length - 1];
  if (unit && TIME[unit] !== undefined) return { key, value: value * TIME[unit], family: 'time' };
  if (unit && SIZE[unit] !== undefined) return { key, value: value * SIZE[unit], family: 'size' };
  // A suffix that is no unit ("3 attempts" is fine, "3x" is not a bare value).
  if (suffix) return null;
  return { key, value };
}

// Most places write no value: they share one empty list. Nothing is kept per place: a row or a few
// code lines are read again in one anchored pass where an NFR with a target weighs them, and the
// index holds only the numbers (a table of thousands of keyed rows held 80 bytes a row more).
const NONE: readonly ConfigValue[] = Object.freeze([]);

/** The key-value pairs a place writes: lines of a code block (not a box diagram), or a table row keyed by its first cell. */
export function configValuesOf(p: Passage): readonly ConfigValue[] {
  if (!((p.kind === 'code' && p.diagram === undefined) || p.kind === 'row')) return NONE;
  const values: ConfigValue[] = [];
  for (const line of p.text.split('\n')) {
    const m = (p.kind === 'row' ? ROW : PAIR).exec(line);
    const v = m && valueOf(m[1], m[2], m[3]);
    if (v) values.push(v);
  }
  return values.length ? values : NONE;
}

const TIME_UNITS: Record<string, number> = { ...TIME, '秒': 1, '毫秒': 0.001, '分钟': 60, '小时': 3600, sekunden: 1, minuten: 60, stunden: 3600, segundos: 1, minutos: 60 };

/** A target's value in its family's base: seconds for a time, bytes for a size, else bare. */
function targetValue(t: Target): { value: number; family?: 'time' | 'size' } {
  const unit = t.unit.toLowerCase();
  if (TIME_UNITS[unit] !== undefined) return { value: t.value * TIME_UNITS[unit], family: 'time' };
  if (SIZE[unit] !== undefined) return { value: t.value * SIZE[unit], family: 'size' };
  if (t.unit === '%') return { value: NaN };
  return { value: t.value };
}

const ownTerms = new WeakMap<Requirement, Set<string>>();

/** Whether a key names the requirement's metric: one of its words, or its family's, is one of the requirement's terms. */
function namesMetric(req: Requirement, key: string): boolean {
  let own = ownTerms.get(req);
  if (!own) ownTerms.set(req, (own = new Set(termCounts(`${req.title} ${req.text}`).keys())));
  const words = keyWords(key).filter((w) => !GENERIC.has(w));
  const text = [...words, ...words.map((w) => FAMILIES[w] ?? '')].join(' ');
  for (const t of termCounts(text).keys()) if (own.has(t) && (!isConcept(t) || t !== '~scalability')) return true;
  return false;
}

/** The key of a value in the place equal to one of the requirement's targets, where the key names its metric; undefined when none. */
export function restatedInConfig(req: Requirement, p: Passage): string | undefined {
  if (!req.targets.length) return undefined;
  const values = configValuesOf(p);
  if (!values.length) return undefined;
  for (const t of req.targets) {
    const want = targetValue(t);
    for (const v of values) if (v.family === want.family && Math.abs(v.value - want.value) <= 1e-9 * want.value && namesMetric(req, v.key)) return v.key;
  }
  return undefined;
}
