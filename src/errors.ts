/**
 * A mistake in what the user gave us (config, flags, paths): reported as one clear line,
 * never a stack trace, exit code 2. Anything else is an internal error.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly where?: { file: string; line?: number; column?: number; key?: string },
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** "file:line:col: key: message", the phrasing every config error shares. */
  describe(): string {
    if (!this.where) return this.message;
    const pos = [this.where.file, this.where.line, this.where.column].filter((p) => p !== undefined).join(':');
    return `${pos}: ${this.where.key ? `${this.where.key}: ` : ''}${this.message}`;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof UserError) return error.describe();
  // An API error: say which request failed and how, never the token or a stack trace.
  const e = error as { status?: number; request?: { method?: string; url?: string }; response?: { data?: unknown }; message?: string };
  if (typeof e?.status === 'number' && e.request?.url) {
    const where = `${e.request.method ?? 'GET'} ${e.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}`;
    const advice = e.status >= 500 ? ' (after retries). GitHub may be having trouble: re-run the job later.' : '.';
    // An answer that is not JSON becomes the error's message: never echo it (it may be anything a proxy sent).
    const said = e.response && typeof e.response.data === 'string' ? 'an answer that is not JSON' : (e.message ?? '').split(' - ')[0];
    return `GitHub answered ${e.status} to ${where}: ${said}${advice}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
