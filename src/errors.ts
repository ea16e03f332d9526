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
  if (error instanceof Error) return error.message;
  return String(error);
}
