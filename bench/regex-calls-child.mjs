// Preloaded with `node --import` by bench/regex-calls.ts: records every case-insensitive Unicode
// regular expression (flags i and u) the process runs, with each input it was run on and how
// often, and writes them as JSON to the file REGEX_CALLS_OUT names when the process exits.
import { writeFileSync } from 'node:fs';

const exec = RegExp.prototype.exec;
const calls = new Map();
RegExp.prototype.exec = function (input) {
  const flags = this.flags;
  if (flags.includes('i') && flags.includes('u')) {
    const key = `${flags}\u0000${this.source}`;
    let seen = calls.get(key);
    if (!seen) calls.set(key, (seen = new Map()));
    const text = String(input);
    seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return exec.call(this, input);
};
process.on('exit', () => {
  const rows = [...calls].map(([key, inputs]) => {
    const [flags, source] = key.split('\u0000');
    return { flags, source, inputs: [...inputs] };
  });
  writeFileSync(process.env.REGEX_CALLS_OUT, JSON.stringify(rows));
});
