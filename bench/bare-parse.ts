// The floor: read each file and parse it with the same micromark extensions archgate uses
// (src/engine/markdown.ts), nothing else. `npm run bench` bundles this as it bundles archgate,
// so both pay the same kind of start-up.
import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

const options = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml', 'toml'])],
  mdastExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
};
let nodes = 0;
for (const file of process.argv.slice(2)) nodes += fromMarkdown(readFileSync(file, 'utf8'), options).children.length;
// Printed so that the parse cannot be optimised away.
process.stdout.write(`${nodes}\n`);
