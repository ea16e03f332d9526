import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoadLog, verdict, type LoadSample } from '../bench/measure.js';
import { ROOT } from './helpers.js';

// The benchmark says a target is met only when its runs can carry it, and a busy machine is told
// by what others used while the benchmark was idle, not by a load average its own last run raised.

const looks = (samples: LoadSample[]) => {
  const log: LoadLog = new LoadLog((): LoadSample => samples[log.samples.length], 2);
  for (let i = 0; i < samples.length; i++) log.sample();
  return log;
};

describe('the benchmark\'s load log', () => {
  it('calls a machine quiet when others were idle, however high its own long runs left the 1-minute average', () => {
    const log = looks([3.8, 3.1, 2.6, 3.9, 3.4].map((loadAverage) => ({ loadAverage, others: 0.1 })));
    expect(log.quiet).toBe(true);
    expect(log.describe()).toBe('other processes used 0.10 cores at the median (0.10–0.10) of 2, seen over 500 ms of the benchmark\'s own idleness before each of 5 runs; 1-minute load average 2.60–3.90');
    expect(verdict(0.55, [0.5, 0.52, 0.55, 0.58, 0.59], 0.6, 5, log)).toBe('met (every round ≤ 0.6)');
  });

  it('calls it busy when others kept a core busy while the benchmark waited', () => {
    const log = looks([1.2, 0.9, 1.5, 1.1, 0.2].map((others) => ({ loadAverage: 2, others })));
    expect(log.quiet).toBe(false);
    expect(verdict(0.55, [0.5, 0.52, 0.55, 0.58, 0.59], 0.6, 5, log)).toBe('not established: the machine was busy (other processes used 1.10 cores at the median (0.20–1.50) of 2, seen over 500 ms of the benchmark\'s own idleness before each of 5 runs; 1-minute load average 2.00–2.00)');
  });

  it('falls back to the load average where /proc/stat is not there', () => {
    expect(looks([{ loadAverage: 0.4, others: null }, { loadAverage: 0.8, others: null }]).quiet).toBe(true);
    expect(looks([{ loadAverage: 0.4, others: null }, { loadAverage: 1.2, others: null }]).quiet).toBe(false);
  });

  it('never calls a target met on a single round, on a quiet machine', () => {
    const log = looks([{ loadAverage: 0, others: 0 }]);
    expect(verdict(0.4, [0.4], 0.6, 1, log)).toBe('not established: 1 round(s), at least 5 needed');
  });
});

describe('the benchmark\'s temporary folders', () => {
  it('are removed when a benchmark fails', () => {
    const code = "import { benchTempDir } from './bench/measure.ts'; const dir = benchTempDir('archgate-test-'); console.log(dir); throw new Error('the section failed');";
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the section failed');
    const dir = r.stdout.trim();
    expect(dir).toMatch(/archgate-test-/);
    expect(existsSync(dir)).toBe(false);
  });
});
