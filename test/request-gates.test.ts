import { describe, expect, it } from 'vitest';
import { concurrencyGate, RetryGate } from '../src/github/request-gates.js';

// The gates that stand in for the throttling plugin's Bottleneck limiters decide what those did:
// how many requests run at once, and when a failed one is run again.

/** A job the test finishes by hand. */
function job(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: async () => (log.push(`start ${name}`), await done, log.push(`end ${name}`), name), finish: () => finish() };
}
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('concurrencyGate', () => {
  it('runs at most max jobs at once, the rest in order of arrival; a job of weight 0 (a retry) passes at once', async () => {
    const gate = concurrencyGate(2).key('x');
    const log: string[] = [];
    const [a, b, c, d, retry] = ['a', 'b', 'c', 'd', 'retry'].map((n) => job(log, n));
    const results = [gate.schedule({}, a.task), gate.schedule({}, b.task), gate.schedule({}, c.task), gate.schedule({}, d.task)];
    const retried = gate.schedule({ weight: 0 }, retry.task);
    await turns();
    expect([...log].sort()).toEqual(['start a', 'start b', 'start retry']);
    b.finish();
    await turns();
    expect(log.slice(3)).toEqual(['end b', 'start c']);
    retry.finish();
    await turns();
    expect(log.slice(5)).toEqual(['end retry']);
    a.finish();
    await turns();
    expect(log.slice(6)).toEqual(['end a', 'start d']);
    c.finish();
    d.finish();
    expect(await Promise.all([...results, retried])).toEqual(['a', 'b', 'c', 'd', 'retry']);
  });

  it('a job that fails frees its place', async () => {
    const gate = concurrencyGate(1).key('x');
    const failed = gate.schedule({}, async () => {
      throw new Error('502');
    });
    await expect(failed).rejects.toThrow('502');
    expect(await gate.schedule({}, async () => 'next')).toBe('next');
  });
});

describe('RetryGate', () => {
  it("runs a failed job again after the wait its 'failed' handler gives, with the same arguments, until the handler gives none", async () => {
    const gate = new RetryGate();
    const seen: string[] = [];
    gate.on('failed', (error, info) => (seen.push(`${(error as Error).message} ${info.retryCount} ${info.args.join(',')}`), info.retryCount < 1 ? 0 : undefined));
    let calls = 0;
    const task = async (...args: unknown[]) => {
      calls++;
      throw new Error(`secondary rate limit ${calls} (${args.join(',')})`);
    };
    await expect(gate.schedule(task, 'GET', '/x')).rejects.toThrow('secondary rate limit 2 (GET,/x)');
    expect(seen).toEqual(['secondary rate limit 1 (GET,/x) 0 GET,/x', 'secondary rate limit 2 (GET,/x) 1 GET,/x']);
  });

  it('a job that succeeds on its retry answers; a handler that throws is no retry, and the job\'s own failure stands', async () => {
    const gate = new RetryGate();
    gate.on('failed', () => 0);
    let calls = 0;
    expect(await gate.schedule(async () => (++calls === 1 ? Promise.reject(new Error('403')) : 'ok'))).toBe('ok');
    const throwing = new RetryGate();
    throwing.on('failed', () => {
      throw new Error('handler broke');
    });
    await expect(throwing.schedule(async () => Promise.reject(new Error('403 secondary rate limit')))).rejects.toThrow('403 secondary rate limit');
  });
});
