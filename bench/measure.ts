// How the benchmark times whole processes: paired and interleaved rounds (every tool once per
// round, the order rotated), wall and CPU time and peak memory of each run, and the machine's
// load before and after every round. Nothing here is a test: only the benchmark reads clocks.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { parseMarkdown } from '../src/engine/markdown.js';
import { checkDocSet, type EngineConfig } from '../src/engine/engine.js';
import type { DocSetInput } from '../src/engine/types.js';

export interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  status: number | null;
  /** archgate stopped at its time limit (limits.parseSeconds): the run measured the limit, not the work. */
  stopped?: boolean;
}

export interface Tool {
  name: string;
  cmd: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
}

/** One run of a command under /usr/bin/time (user + system CPU of the process and its threads, peak RSS). */
export function runOnce(tool: Tool, timeoutMs = 30 * 60_000): Run {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %U %S %M', tool.cmd, ...tool.args], {
    cwd: tool.cwd,
    env: { ...process.env, ...tool.env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    timeout: timeoutMs,
  });
  const wallMs = performance.now() - t;
  const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  return { wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, peakMb: m ? Number(m[3]) / 1024 : NaN, status: r.status, stopped: /archgate stopped reading/.test(r.stdout ?? '') };
}

/** The 1-minute load average, seen before and after every round. */
export class LoadLog {
  readonly samples: number[] = [];
  sample(): void {
    this.samples.push(os.loadavg()[0]);
  }
  get min(): number {
    return Math.min(...this.samples);
  }
  get max(): number {
    return Math.max(...this.samples);
  }
  /** A machine busier than its cores makes every wall time a measure of the others too. */
  get quiet(): boolean {
    return this.samples.length > 0 && this.max < os.cpus().length * 0.5;
  }
  describe(): string {
    return `1-minute load average ${this.min.toFixed(2)}–${this.max.toFixed(2)} on ${os.cpus().length} cores (${this.samples.length} samples, before and after every round)`;
  }
}

/** Every tool once per round, the order rotated each round; runs[tool][round]. */
export function interleaved(tools: Tool[], rounds: number, load: LoadLog): Run[][] {
  const runs: Run[][] = tools.map(() => []);
  for (let round = 0; round < rounds; round++) {
    load.sample();
    for (let k = 0; k < tools.length; k++) {
      const i = (k + round) % tools.length;
      runs[i].push(runOnce(tools[i]));
    }
    load.sample();
  }
  return runs;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Paired ratios: a's run over b's run of the same round. */
export const pairedRatios = (a: Run[], b: Run[], key: 'wallMs' | 'cpuMs') => a.map((r, i) => r[key] / b[i][key]);

export const range = (xs: number[], digits = 2) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/**
 * Whether a target is met, said only when the runs can carry it: at least five rounds, a quiet
 * machine, and every round on the right side (the range, not only the median).
 * @param headline the figure the table states; perRound the same figure, round by round
 */
export function verdict(headline: number, perRound: number[], target: number, rounds: number, load: LoadLog): string {
  const worst = Math.max(...perRound);
  if (headline > target) return `not met (${headline.toFixed(2)} > ${target})`;
  if (rounds < 5) return `not established: ${rounds} round(s), at least 5 needed`;
  if (!load.quiet) return `not established: the machine was busy (${load.describe()})`;
  if (worst > target) return `not established: ${headline.toFixed(2)} meets ${target}, but a round reached ${worst.toFixed(2)}`;
  return `met (every round ≤ ${target})`;
}

/** As runOnce, without blocking this process's event loop (the fake GitHub answers from it). */
export function runOnceAsync(tool: Tool): Promise<Run> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '__TIME__ %U %S %M', tool.cmd, ...tool.args], { cwd: tool.cwd, env: { ...process.env, ...tool.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      const wallMs = performance.now() - t;
      const m = /__TIME__ ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      resolve({ wallMs, cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, peakMb: m ? Number(m[3]) / 1024 : NaN, status });
    });
  });
}

/** CPU time of this process, in ms (no other thread works here): a busy machine stretches wall time, not this. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One in-process round: the CPU ms of parsing the doc set's files, and what the whole check costs beyond that, as a share of it. */
export function parseAndBeyond(input: DocSetInput, config: EngineConfig): { parseMs: number; beyondShare: number } {
  let t = cpuMs();
  for (const f of [...input.prd, ...input.architecture]) parseMarkdown(f.text);
  const parseMs = cpuMs() - t;
  t = cpuMs();
  checkDocSet(input, config);
  const checkMs = cpuMs() - t;
  return { parseMs, beyondShare: (checkMs - parseMs) / parseMs };
}
