// The one build: bundles the CLI (and, once it exists, the Action) into dist/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { asciiRegExps } from './ascii-regexps.mjs';

// ARCHGATE_BUILD_DIR and ARCHGATE_BUILD_PLAIN=1 (unminified, names kept) serve
// bench/profile-startup.ts, whose CPU profiles must name functions; the shipped build is dist/.
const outdir = process.env.ARCHGATE_BUILD_DIR ?? 'dist';
const plain = process.env.ARCHGATE_BUILD_PLAIN === '1';
// Old chunks would linger: start from an empty folder.
rmSync(outdir, { recursive: true, force: true });

/**
 * The Action's build, named by a hash of what makes it: its sources, the locked dependencies and
 * this script. A base commit's judgement that one run carries to the next (src/github/carried-base.ts)
 * counts only under the same build: a build of other code may judge the same documents otherwise.
 */
function buildIdentity() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full.split(path.sep).join('/')}\0`).update(readFileSync(full)).update('\0');
    }
  };
  walk('src');
  for (const file of ['package-lock.json', 'scripts/build.mjs', 'scripts/ascii-regexps.mjs']) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 32);
}

const requireShim = "import { createRequire as __archgateCreateRequire } from 'node:module'; const require = __archgateCreateRequire(import.meta.url);";
// What every ES module bundle for node shares: the Action's chunks, the CLI and its markdown report.
const esmForNode = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: !plain,
  keepNames: plain,
  banner: { js: requireShim },
  legalComments: 'none',
  logLevel: 'warning',
};

// The Action (index.js) and mermaid share chunks; the CLI is one file of its own (below).
const entries = [
  { in: 'src/index.ts', out: 'dist/index.js' },
  // Loads mermaid on a second thread while the main one parses (src/io/mermaid-validator.ts).
  { in: 'src/mermaid-worker.ts', out: 'dist/mermaid-worker.js' },
  // Mermaid in process, for the CLI when no worker can start: the CLI's file loads it from here.
  { in: 'src/io/mermaid-parse.ts', out: 'dist/mermaid-parse.js' },
].filter((e) => existsSync(e.in));

// Mermaid's "dompurify" becomes src/io/lazy-dompurify.ts, which needs no DOM for most labels:
// mermaid then loads without happy-dom, which loads only for a block that needs it.
const shim = path.resolve('src/io/lazy-dompurify.ts');
const lazyDompurify = {
  name: 'lazy-dompurify',
  setup(b) {
    b.onResolve({ filter: /^dompurify$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

// Mermaid's getConfig() deep-copies the whole configuration on every call, and its parsers call it
// for every node and message. It is made to call src/io/mermaid-config-copies.ts instead, which
// hands out copy-on-write views of one copy while the worker parses (real copies otherwise, and
// whenever a parse that used a view fails). Likewise for the theme's colours, which mermaid
// recomputes on most parses, and for the configuration mermaid rebuilds four times a parse
// (updateCurrentConfig: the same inputs for every block without directives). Written against
// mermaid's own text: if a new mermaid words it otherwise, the build stops here rather than ship a
// mermaid that copies as before.
const GET_CONFIG = 'var getConfig = /* @__PURE__ */ __name(() => {\n  return assignWithDepth_default({}, currentConfig);\n}, "getConfig");';
const THEME_VARIABLES = '    cfg.themeVariables = themes_default[cfg.theme].getThemeVariables(themeVariables);';
const UPDATE_CONFIG_HEAD = 'var updateCurrentConfig = /* @__PURE__ */ __name((siteCfg, _directives) => {\n  let cfg = assignWithDepth_default({}, siteCfg);';
const UPDATE_CONFIG_TAIL = '  currentConfig = cfg;\n  checkConfig(currentConfig);\n  return currentConfig;\n}, "updateCurrentConfig");';
const UPDATE_SITE_CONFIG = 'var updateSiteConfig = /* @__PURE__ */ __name((conf) => {\n';
const SET_SITE_CONFIG = 'var setSiteConfig = /* @__PURE__ */ __name((conf) => {\n';
const REBUILD_INPUTS = 'siteCfg, _directives, directives, diagramConfigKey, siteConfigDelta, configFromInitialize';
const configCopies = path.resolve('src/io/mermaid-config-copies.ts');
const patchedGetConfig = new Set();
const mermaidConfigCopies = {
  name: 'mermaid-config-copies',
  setup(b) {
    b.onLoad({ filter: /[\\/]mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/][^\\/]+\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(GET_CONFIG)) return undefined;
      if (!text.includes(THEME_VARIABLES)) throw new Error("build: mermaid's updateCurrentConfig no longer computes theme variables as THEME_VARIABLES in scripts/build.mjs says: update it to this mermaid");
      for (const [name, part] of Object.entries({ UPDATE_CONFIG_HEAD, UPDATE_CONFIG_TAIL, UPDATE_SITE_CONFIG, SET_SITE_CONFIG })) {
        if (!text.includes(part)) throw new Error(`build: mermaid's configuration module no longer reads as ${name} in scripts/build.mjs says: update it to this mermaid`);
      }
      patchedGetConfig.add(args.path);
      const copy = 'var getConfig = /* @__PURE__ */ __name(() => {\n  return __archgateConfigCopy(currentConfig, () => assignWithDepth_default({}, currentConfig));\n}, "getConfig");';
      const theme = '    cfg.themeVariables = __archgateThemeVariables(cfg.theme, themeVariables, () => themes_default[cfg.theme].getThemeVariables(themeVariables));';
      // A known configuration: the directives are sanitized as a rebuild would (mermaid keeps them).
      const head = `${UPDATE_CONFIG_HEAD.split('\n')[0]}\n  const known = __archgateKnownConfig(${REBUILD_INPUTS});\n  if (known) {\n    for (const d of _directives) sanitize(d);\n    currentConfig = known;\n    checkConfig(currentConfig);\n    return currentConfig;\n  }\n${UPDATE_CONFIG_HEAD.split('\n')[1]}`;
      const tail = `  currentConfig = cfg;\n  __archgateRememberConfig(siteCfg, cfg);\n${UPDATE_CONFIG_TAIL.split('\n').slice(1).join('\n')}`;
      const patched = text
        .replace(GET_CONFIG, copy)
        .replace(THEME_VARIABLES, theme)
        .replace(UPDATE_CONFIG_HEAD, head)
        .replace(UPDATE_CONFIG_TAIL, tail)
        .replace(UPDATE_SITE_CONFIG, `${UPDATE_SITE_CONFIG}  __archgateForgetConfigs();\n`)
        .replace(SET_SITE_CONFIG, `${SET_SITE_CONFIG}  __archgateForgetConfigs();\n`);
      const names = 'configCopy as __archgateConfigCopy, themeVariables as __archgateThemeVariables, knownConfig as __archgateKnownConfig, rememberConfig as __archgateRememberConfig, forgetConfigs as __archgateForgetConfigs';
      const contents = `import { ${names} } from ${JSON.stringify(configCopies)};\n${patched}`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

// Mermaid's renderer modules become stand-ins (src/io/renderer-stand-ins.ts): the worker only
// parses. Each is replaced by a module exporting the same names, and the real module goes to a
// chunk of its own that loads only if a stand-in is used. A flowchart's parser checks a node's
// shape against the shapes' names (isValidShape): the stand-in module has the real names, read
// here from mermaid. The chunks are named by mermaid's build: if a new mermaid names or splits them
// otherwise, the build stops here.
const MERMAID_CHUNKS = path.resolve('node_modules/mermaid/dist/chunks/mermaid.core');
const RENDERERS = { 'chunk-AXFCVDMN.mjs': 'shapes', 'chunk-M57EVK23.mjs': 'clusters', 'chunk-STOXU5M4.mjs': 'text layout', 'chunk-CFHHFPVC.mjs': 'render', 'chunk-DQASFODM.mjs': 'edges' };
// What a flowchart's parser uses of the edges module: two one-line checks, kept as mermaid wrote them.
const KEPT = {
  edges: {
    isStepEdge: '(edge) => typeof edge.step === "number" && Number.isInteger(edge.step) && edge.step > 0',
    getStepDuration: '(value) => typeof value === "number" && Number.isFinite(value) && value > 0 ? value : EDGE_STEP_DURATION',
  },
};
const REAL_RENDERER = 'archgate-real-renderer:';
const standInsFile = path.resolve('src/io/renderer-stand-ins.ts');
const standIns = {};
for (const [file, what] of Object.entries(RENDERERS)) {
  const full = path.join(MERMAID_CHUNKS, file);
  if (!existsSync(full)) throw new Error(`build: mermaid has no ${file} (its ${what}): update RENDERERS in scripts/build.mjs to this mermaid`);
  const real = await import(pathToFileURL(full).href);
  // Paths relative to the project, not absolute: esbuild hashes a chunk's source, so an absolute
  // path would name dist/'s chunks after the folder the build ran in (a clean clone built other names).
  const standInsSpecifier = path.relative(path.dirname(full), standInsFile).split(path.sep).join('/');
  const lines = [`import { renderer, shapesStandIn, standIn } from ${JSON.stringify(standInsSpecifier)};`, `const owner = renderer(${JSON.stringify(what)}, () => import(${JSON.stringify(REAL_RENDERER + path.relative(process.cwd(), full).split(path.sep).join('/'))}));`];
  const kept = KEPT[what] ?? {};
  if (kept.getStepDuration) lines.push(`const EDGE_STEP_DURATION = ${JSON.stringify(real.getStepDuration(undefined))};`);
  for (const [name, value] of Object.entries(real)) {
    if (kept[name] !== undefined) {
      if (String(value) !== kept[name]) throw new Error(`build: mermaid's ${name} (${file}) no longer reads as KEPT in scripts/build.mjs says: update it to this mermaid`);
      lines.push(`export const ${name} = ${kept[name]};`);
    } else if (what === 'shapes' && name === 'shapes') lines.push(`export const shapes = shapesStandIn(owner, ${JSON.stringify(Object.keys(value))});`);
    else if (what === 'shapes' && name === 'isValidShape') lines.push(`export function isValidShape(shape) {\n  return shape in shapes;\n}`);
    else if (typeof value === 'function' || (typeof value === 'object' && value !== null)) lines.push(`export const ${name} = standIn(owner, ${JSON.stringify(name)}, ${JSON.stringify(typeof value)});`);
    else throw new Error(`build: mermaid's ${what} (${file}) exports ${name}, neither a function nor an object: scripts/build.mjs has no stand-in for it`);
  }
  if (what === 'shapes' && !(real.isValidShape && String(real.isValidShape).includes('shape in shapes'))) throw new Error("build: mermaid's isValidShape no longer reads `shape in shapes`: update the shapes stand-in in scripts/build.mjs");
  standIns[full] = lines.join('\n');
}
const withoutRenderers = {
  name: 'without-renderers',
  setup(b) {
    b.onLoad({ filter: /[\\/]mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[A-Z0-9]+\.mjs$/, namespace: 'file' }, (args) =>
      standIns[args.path] ? { contents: standIns[args.path], resolveDir: path.dirname(args.path), loader: 'js' } : undefined,
    );
    b.onResolve({ filter: new RegExp(`^${REAL_RENDERER}`) }, (args) => ({ path: args.path.slice(REAL_RENDERER.length), namespace: 'mermaid-renderer' }));
    // The real module; what it imports resolves as usual (another renderer: that one's stand-ins).
    b.onLoad({ filter: /.*/, namespace: 'mermaid-renderer' }, async (args) => ({ contents: await readFile(path.resolve(args.path), 'utf8'), resolveDir: path.dirname(path.resolve(args.path)), loader: 'js' }));
  },
};

// RE2 (config patterns only) becomes src/io/lazy-re2js.ts, which evaluates it on first use.
const re2Shim = path.resolve('src/io/lazy-re2js.ts');
const lazyRe2 = {
  name: 'lazy-re2js',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, (args) => (args.importer === re2Shim ? undefined : { path: re2Shim }));
  },
};

// In the Action's chunks, RE2 itself is dist/vendor/re2js.cjs (the CLI's file, built below), which
// the shim requires on first use: bundled in a chunk, its 300 KB were compiled (pre-parsed) on every
// run that loaded the engine, pattern or not. The shim must sit in dist/chunks/ (checked below).
const RE2_FROM_CHUNKS = '../vendor/re2js.cjs';
const re2Outside = {
  name: 're2-outside',
  setup(b) {
    b.onResolve({ filter: /^re2js$/ }, (args) => (args.importer === re2Shim ? { path: RE2_FROM_CHUNKS, external: true } : undefined));
  },
};

// The parser's table of HTML's named character references (character-entities): required by
// src/io/lazy-character-references.ts the first time a document's "&name;" is decoded, from
// dist/vendor/character-entities.cjs, in the CLI's file and the Action's chunks alike. The path is
// from where the shim lands: dist/ for the CLI, dist/chunks/ for the Action (checked below).
const referencesShim = path.resolve('src/io/lazy-character-references.ts');
const lazyCharacterReferences = (tableFromOutput) => ({
  name: 'lazy-character-references',
  setup(b) {
    b.onResolve({ filter: /^decode-named-character-reference$/ }, () => ({ path: referencesShim }));
    b.onResolve({ filter: /^character-entities$/ }, (args) => (args.importer === referencesShim ? { path: tableFromOutput, external: true } : undefined));
  },
});
const TABLE_FROM_CHUNKS = '../vendor/character-entities.cjs';

// One build with code splitting: mermaid and happy-dom (most of the size) sit in chunks that
// load only when a document has a mermaid block. The shebang goes on the CLI entry alone.
const actionBuild = await build({
  entryPoints: Object.fromEntries(entries.map((e) => [e.out.replace(/^dist\/|\.js$/g, ''), e.in])),
  ...esmForNode,
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyDompurify, withoutRenderers, mermaidConfigCopies, lazyRe2, re2Outside, lazyCharacterReferences(TABLE_FROM_CHUNKS)],
  define: { __ARCHGATE_LAZY_DOM__: 'true', __ARCHGATE_BUILD__: JSON.stringify(buildIdentity()) },
  metafile: true,
});
// Node's modules through require, not import: node builds an ES module's view of a built-in by
// reading every export, so `import … from 'node:fs'` loads fs's streams, 'node:util' its text
// decoder, diff and argument parser, and so on (on the Action's run ~3% of its main thread's CPU,
// for exports nothing uses). require hands out the module as it is. esbuild writes imports at a
// chunk's top level (mid-chunk too, where a module starts): each import of a built-in becomes a
// declaration with the banner's require (requireShim), all right after the banner, before any of
// the chunk's code runs, as the import's binding was. The banner's own import of node:module stays.
const IMPORT = /(?<=^|[;\n}])import\s*(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*"([^"]+)";?/g;
function builtinsByRequire(text) {
  const declarations = [];
  const body = text.replace(IMPORT, (whole, defaultName, named, namespace, specifier) => {
    if (!isBuiltin(specifier) || specifier === 'node:module') return whole;
    const from = `require(${JSON.stringify(specifier)})`;
    if (defaultName) declarations.push(`${defaultName}=${from}`);
    if (namespace) declarations.push(`${namespace}=${from}`);
    const pairs = (named ?? '').split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split(/\s+as\s+/));
    for (const [name, alias] of pairs) if (name === 'default') declarations.push(`${alias}=${from}`);
    const rest = pairs.filter(([name]) => name !== 'default').map(([name, alias]) => (alias ? `${name}:${alias}` : name));
    if (rest.length) declarations.push(`{${rest.join(',')}}=${from}`);
    return '';
  });
  if (!declarations.length) return text;
  const bannerEnd = body.indexOf('\n') + 1;
  if (!body.startsWith(requireShim)) throw new Error('build: a chunk does not open with the require banner: builtinsByRequire in scripts/build.mjs needs it');
  return `${body.slice(0, bannerEnd)}const ${declarations.join(',')};\n${body.slice(bannerEnd)}`;
}
function requireBuiltins(file) {
  const text = readFileSync(file, 'utf8');
  const rewritten = builtinsByRequire(text);
  const left = [...rewritten.matchAll(/import[^;]*?from\s*["']([^"']+)["']/g)].filter((m) => isBuiltin(m[1]) && m[1] !== 'node:module');
  if (left.length) throw new Error(`build: ${file} still imports ${left.map((m) => m[1]).join(', ')}: builtinsByRequire in scripts/build.mjs does not read that form of import`);
  if (rewritten !== text) writeFileSync(file, rewritten);
}
for (const file of Object.keys(actionBuild.metafile.outputs).filter((f) => f.endsWith('.js'))) requireBuiltins(file);
/**
 * A file in ASCII (scripts/ascii-regexps.mjs): node reads a file with one character beyond ASCII
 * as a two-byte string, which V8 scans more slowly on every start. The build stops if one is left.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const rewritten = asciiRegExps(text);
  const left = rewritten.match(/.{0,20}[^\x00-\x7f].{0,20}/);
  if (left) throw new Error(`build: ${file} still holds a character beyond ASCII (${JSON.stringify(left[0])}): scripts/ascii-regexps.mjs does not rewrite that construct`);
  if (rewritten !== text) writeFileSync(file, rewritten);
}
for (const file of Object.keys(actionBuild.metafile.outputs).filter((f) => f.endsWith('.js'))) asciiOnly(file);
const re2Holders = Object.entries(actionBuild.metafile.outputs).filter(([, o]) => Object.keys(o.inputs).some((f) => path.resolve(f) === re2Shim)).map(([file]) => path.relative(outdir, file).split(path.sep).join('/'));
if (re2Holders.some((f) => !f.startsWith('chunks/'))) throw new Error(`build: src/io/lazy-re2js.ts ended up in ${re2Holders.join(', ')}: it requires ${RE2_FROM_CHUNKS}, a path from dist/chunks/`);
const referencesHolders = Object.entries(actionBuild.metafile.outputs).filter(([, o]) => Object.keys(o.inputs).some((f) => path.resolve(f) === referencesShim)).map(([file]) => path.relative(outdir, file).split(path.sep).join('/'));
if (referencesHolders.some((f) => !f.startsWith('chunks/'))) throw new Error(`build: src/io/lazy-character-references.ts ended up in ${referencesHolders.join(', ')}: it requires ${TABLE_FROM_CHUNKS}, a path from dist/chunks/`);
const tableInChunks = Object.keys(actionBuild.metafile.inputs).filter((f) => /node_modules[\\/](?:character-entities|decode-named-character-reference)[\\/](?!package\.json$)/.test(f));
if (tableInChunks.length) throw new Error(`build: ${tableInChunks.join(', ')} ended up in the Action's chunks: they must require the table from dist/vendor/character-entities.cjs`);
if (patchedGetConfig.size !== 1) throw new Error(`build: mermaid's getConfig was found in ${patchedGetConfig.size} files, not 1: update GET_CONFIG in scripts/build.mjs to this mermaid`);

// The CLI as one file: loading ~30 chunks (each a module for node to resolve, read and link) cost
// a check 6-7% of its CPU. Mermaid stays out of it: the CLI's in-process fallback imports
// dist/mermaid-parse.js (built above with the Action's chunks), the worker is dist/mermaid-worker.js.
const MERMAID_PARSE = path.resolve('src/io/mermaid-parse.ts');
const mermaidParseOutside = {
  name: 'mermaid-parse-outside',
  setup(b) {
    b.onResolve({ filter: /[\\/]mermaid-parse\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === MERMAID_PARSE ? { path: './mermaid-parse.js', external: true } : undefined,
    );
  },
};
// Packages a check of most doc sets never runs (the YAML parser and schema validator read a config
// file; handlebars renders markdown reports and `init`; RE2 runs a config's patterns): in the CLI's
// one file they were half its bytes, which node compiles (at least pre-parses) on every start.
// Each is a file of its own in dist/vendor/, required on first use: the CLI holds a stand-in whose
// exports are getters that require the real package when one is read. The stand-in's names are
// the package's own, read here.
const VENDORED = ['yaml', 'ajv', 'handlebars', 're2js'];
const nodeRequire = createRequire(import.meta.url);
const vendorOutside = {
  name: 'vendor-outside',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(?:${VENDORED.join('|')})$`) }, (args) =>
      args.namespace === 'file' && !/[\\/]node_modules[\\/]/.test(args.importer) ? { path: args.path, namespace: 'vendor-stand-in' } : undefined,
    );
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor-stand-in' }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'vendor-stand-in' }, (args) => {
      const real = nodeRequire(args.path);
      const names = Object.getOwnPropertyNames(real).filter((n) => n !== '__esModule' && (typeof real !== 'function' || !['length', 'name', 'prototype', 'arguments', 'caller'].includes(n)));
      const contents = [
        `let real;`,
        `const load = () => (real ??= require(${JSON.stringify(`./vendor/${args.path}.cjs`)}));`,
        // Read by esbuild's interop when the stand-in is imported: a value, so that importing loads nothing.
        real.__esModule ? `Object.defineProperty(exports, '__esModule', { value: true });` : '',
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n');
      return { contents, loader: 'js' };
    });
  },
};
await build({
  entryPoints: { ...Object.fromEntries(VENDORED.map((name) => [`vendor/${name}`, name])), 'vendor/character-entities': 'character-entities' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !plain,
  keepNames: plain,
  legalComments: 'none',
  logLevel: 'warning',
});
// The markdown report (its precompiled templates and handlebars' runtime, a fifth of the CLI's
// file) is a file of its own beside cli.js, imported only by `--format markdown`: in the one file
// node pre-parsed it on every start. Its modules are pure functions, so its own copies of the
// report's helpers hold no state the CLI's could miss.
const RENDER_MARKDOWN = path.resolve('src/report/render-markdown.ts');
const markdownReportOutside = {
  name: 'markdown-report-outside',
  setup(b) {
    b.onResolve({ filter: /[\\/]render-markdown\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === RENDER_MARKDOWN ? { path: './cli-markdown.js', external: true } : undefined,
    );
  },
};
await build({
  entryPoints: { 'cli-markdown': RENDER_MARKDOWN },
  ...esmForNode,
  outdir,
  plugins: [vendorOutside],
});
requireBuiltins(path.join(outdir, 'cli-markdown.js'));
asciiOnly(path.join(outdir, 'cli-markdown.js'));
// The CLI fails closed until its run reaches its end (src/cli/unfinished-run.ts): the guard goes in
// its first line, before the requires of node's modules, which are the first to run out of a small
// stack. src/cli.ts installs it again (once per process): the same guard when run from source.
const unfinishedRunGuard = await build({
  stdin: { contents: "import { guardUnfinishedRun } from './src/cli/unfinished-run.ts'; guardUnfinishedRun();", resolveDir: '.', loader: 'ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'iife',
  minify: true,
  // Template literals would keep their newlines as written: strings keep them escaped, on one line.
  supported: { 'template-literal': false },
  legalComments: 'none',
  write: false,
});
const oneLine = (code) => {
  if (code.trim().includes('\n')) throw new Error('build: the unfinished-run guard is more than one line once minified: the banner needs it on one');
  return code.trim();
};
const cliBuild = await build({
  entryPoints: { cli: 'src/cli.ts' },
  ...esmForNode,
  // On the banner's line: the requires of node's modules go after that line (builtinsByRequire).
  banner: { js: `${requireShim} ${oneLine(unfinishedRunGuard.outputFiles[0].text)}` },
  outdir,
  splitting: false,
  plugins: [mermaidParseOutside, markdownReportOutside, lazyRe2, lazyCharacterReferences('./vendor/character-entities.cjs'), vendorOutside],
  define: { __ARCHGATE_LAZY_DOM__: 'true' },
  metafile: true,
});
if (Object.keys(cliBuild.metafile.inputs).some((f) => /node_modules[\\/](?:mermaid|happy-dom|@mermaid-js)[\\/](?!package\.json$)|src[\\/]io[\\/]mermaid-parse\.ts$/.test(f))) throw new Error('build: mermaid or happy-dom ended up in dist/cli.js: the CLI must load them from dist/mermaid-parse.js');
if (Object.keys(cliBuild.metafile.inputs).some((f) => /node_modules[\\/]handlebars[\\/]|src[\\/]report[\\/](?:render-markdown|precompiled-templates)\.ts$/.test(f))) throw new Error('build: the markdown report ended up in dist/cli.js: the CLI must import it from dist/cli-markdown.js');
if (Object.keys(cliBuild.metafile.inputs).some((f) => /node_modules[\\/](?:character-entities|decode-named-character-reference)[\\/](?!package\.json$)/.test(f))) throw new Error('build: the table of character references ended up in dist/cli.js: the CLI must require it from dist/vendor/character-entities.cjs');
const vendoredInCli = Object.keys(cliBuild.metafile.inputs).filter((f) => /node_modules[\\/](?:yaml|ajv|re2js|source-map)[\\/](?!package\.json$)|node_modules[\\/]handlebars[\\/](?:lib|dist[\\/]cjs[\\/]handlebars[\\/]compiler)[\\/]/.test(f));
if (vendoredInCli.length) throw new Error(`build: ${vendoredInCli.join(', ')} ended up in dist/cli.js: the CLI must require ${VENDORED.join(', ')} from dist/vendor/`);
const cli = path.join(outdir, 'cli.js');
// As the Action's files: node's modules through the banner's require (before the shebang goes on).
requireBuiltins(cli);
asciiOnly(cli);
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'));
