import type Bottleneck from 'bottleneck';

// The gates octokit's throttling plugin puts each request through, in place of its Bottleneck
// limiters where archgate needs nothing of them but what they decide. Bottleneck takes a turn of
// the event loop on a timer at each step of a job (about a dozen timers a request, ~10 ms a
// request on a busy machine, spent idle); these gates decide the same without a timer, except
// where a retry must wait.

type Task = (...args: unknown[]) => unknown;

/**
 * The plugin's gate for writes, opening at once. The plugin spaces writes a second apart and
 * counts every GraphQL request as one: a run's first read (GraphQL) and its comment's update a
 * few hundred milliseconds later waited out the rest of that second, on every push that changes
 * the comment (the demo pull request: the update left ~1,000 ms after the read, the run's own
 * work done by ~300 ms). GitHub asks for a second between writes when a client makes many; a run
 * makes a handful, one after another, and a burst it should not have made is answered with a
 * secondary rate limit (403/429 with Retry-After), which the plugin still waits out within
 * archgate's bounds (onSecondaryRateLimit). Requests that create content (a comment, a review)
 * keep the plugin's own spacing (its notifications group).
 */
export const WRITES_AT_ONCE = { key: () => ({ schedule: (_options: unknown, task: Task, ...args: unknown[]) => task(...args) }) } as unknown as Bottleneck.Group;

/**
 * The plugin's gate for every request: at most `max` at once (the plugin's own limit, 10), the
 * rest in order of arrival. A job of weight 0 (the plugin schedules a retry so) passes at once.
 */
export function concurrencyGate(max: number): Bottleneck.Group {
  let running = 0;
  const waiting: (() => void)[] = [];
  const gate = {
    schedule(options: { weight?: number } | undefined, task: Task, ...args: unknown[]): Promise<unknown> {
      const run = () => Promise.resolve().then(() => task(...args));
      if (options?.weight === 0) return run();
      const admitted = running < max ? (running++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve));
      // A finished job hands its place to the first in line, if any.
      return admitted.then(run).finally(() => {
        const next = waiting.shift();
        if (next) next();
        else running--;
      });
    },
  };
  return { key: () => gate } as unknown as Bottleneck.Group;
}

type FailedHandler = (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown;

/**
 * The plugin's retry limiter: runs a job at once and, when it fails, asks the 'failed' handlers
 * (the plugin's: a rate limit it is told to wait out) for a wait in milliseconds; it waits that
 * long and runs the job again, else the failure stands. A handler that throws is no retry.
 */
export class RetryGate {
  private readonly failed: FailedHandler[] = [];

  on(event: string, handler: FailedHandler): void {
    if (event === 'failed') this.failed.push(handler);
  }

  async schedule(task: Task, ...args: unknown[]): Promise<unknown> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await task(...args);
      } catch (error) {
        const wait = await this.waitAfter(error, args, retryCount);
        if (wait === null) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async waitAfter(error: unknown, args: unknown[], retryCount: number): Promise<number | null> {
    for (const handler of this.failed) {
      try {
        const wait = await handler(error, { args, retryCount });
        if (typeof wait === 'number') return wait;
      } catch {
        return null;
      }
    }
    return null;
  }
}
