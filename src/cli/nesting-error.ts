import { UserError } from '../errors.js';
import { deepestNesting, isStackOverflow } from '../engine/nesting-depth.js';
import type { SourceFile } from '../engine/types.js';

/**
 * Runs `work` over the documents; a stack overflow (nesting deeper than the markdown parser can
 * follow) becomes an input error naming the file and the line where the nesting starts, as
 * `check` reports it (archgate/nesting-limit), never "internal error".
 */
export async function readingNesting<T>(files: readonly SourceFile[], work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    const deepest = deepestNesting(files);
    throw new UserError(
      `nests block quotes, lists or footnotes ${deepest.depth.toLocaleString('en-US')} levels deep from this line, more than archgate can follow, so nothing was read; flatten the nesting (a few levels of quotes and lists say the same), or split it into separate blocks`,
      { file: deepest.file, line: deepest.line },
    );
  }
}
