// decode-named-character-reference in the CLI's file and the Action's chunks (scripts/build.mjs
// points the parser's imports here). Its table of HTML's 2,125 named references ("&nbsp;",
// "&rarr;") is an object literal of 50 KB that node pre-parsed and built on every start of the CLI
// and every Action run that loaded the engine, though a document meets the table only where it
// writes "&name;". Here the table is dist/vendor/character-entities.cjs, required (read, compiled
// and built) the first time a reference is decoded, in the same synchronous call. Bundle only:
// under the sources (tests) the parser imports the package itself.

let table: Record<string, string> | null = null;
const own = Object.prototype.hasOwnProperty;

/** The character a named reference stands for ("amp" -> "&"), or false when HTML names none so, as the package answers. */
export function decodeNamedCharacterReference(value: string): string | false {
  table ??= (require('character-entities') as { characterEntities: Record<string, string> }).characterEntities;
  return own.call(table, value) ? table[value] : false;
}
