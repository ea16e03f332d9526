import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** templates/ ships beside dist/ and src/: walk up from this module until it is found. */
export function templatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'prd.md.hbs'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('templates/ folder not found next to archgate');
}
