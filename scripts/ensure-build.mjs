#!/usr/bin/env node
/**
 * Runs before `npm start`, `ask`, `deploy-commands`, `check-data`, `bench` and `load` (their `pre`
 * scripts) and on `npm install` (`prepare`): builds `dist/` with tsc when it is missing or older
 * than the sources, so a fresh clone and an edited tree both run current code. After tsc it bundles
 * the one-shot `ask` and `npm start`'s entry (esbuild: dist/ask.js, dist/main.js) and writes the
 * start-up snapshot (dist/snapshot.json, src/snapshot.ts), which is written again whenever a data
 * file is newer than it.
 *
 * Plain JavaScript on purpose: it must run where only production dependencies are installed
 * (`npm ci --omit=dev`). There, with no TypeScript compiler, a dist/ shipped with the code is used
 * as it is (its snapshot still follows the data); with no dist/ either, it says what to do (and
 * `--strict` makes that an error).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'dist', '.build-stamp');
const strict = process.argv.includes('--strict');
const always = process.argv.includes('--always'); // `npm run build`: compile whatever the stamp says
const SOURCES = ['src', 'commands', 'scripts', 'tests', 'tsconfig.json', 'package.json'];
const snapshot = join(root, 'dist', 'snapshot.json');
const snapshotScript = join(root, 'dist', 'scripts', 'snapshot.js');
/** The packages the bundled `ask` must never carry: the gateway client it has no use for. */
const NOT_IN_ASK = /(^|\/)node_modules\/(discord\.js|@discordjs\/ws|undici)\//;

/**
 * The schemas and validation modules do nothing but define things when imported (the zod calls at
 * their top level build schemas); saying so lets esbuild leave them out of the part of the bundle
 * that does not use them.
 */
const pureModules = {
  name: 'pure-modules',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(schema|validate)\.js$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const r = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (!/[\\/]dist[\\/]src[\\/]dataset[\\/](schema|validate)\.js$/.test(r.path)) return r;
      return { path: r.path, sideEffects: false };
    });
  },
};

/**
 * In `ask`, the full zod (what validates data, needed only when the snapshot does not answer for it)
 * is loaded from node_modules on that path, not bundled: bundled, the parts of zod's core it shares
 * with zod/mini (which checks the CLI flags on every run) would go to a chunk every run loads.
 */
const zodFromNodeModules = {
  name: 'zod-from-node-modules',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', external: true }));
  },
};

/**
 * In `npm start`'s bundle (packages otherwise loaded from node_modules), zod/mini is bundled: the
 * environment checks then take only the few pieces of zod they use, where loading the package from
 * node_modules would evaluate its whole core and every locale. Classic zod (the HTTP endpoint's
 * request schemas, data validation) still loads from node_modules, only on those paths.
 */
const bundleZodMini = {
  name: 'bundle-zod-mini',
  setup(build) {
    build.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: fileURLToPath(import.meta.resolve('zod/mini')) }));
  },
};

/** The newest modification time among the TypeScript sources and the build settings. */
function newest(path, pattern = /\.(ts|json)$/) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return pattern.test(path) ? st.mtimeMs : 0;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name), pattern));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (!always && built > 0 && SOURCES.every((s) => newest(join(root, s)) <= built)) {
  refreshSnapshot();
  process.exit(0);
}

let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (!tsc) {
  if (!always && existsSync(join(root, 'dist', 'src', 'main.js'))) {
    // A production install running a shipped build.
    refreshSnapshot();
    process.exit(0);
  }
  process.stderr.write(
    'There is no build in dist/ and no TypeScript compiler to make one (dev dependencies not installed).\n' +
      'Build where dev dependencies are installed: `npm ci && npm run build` (then `npm prune --omit=dev` if you like), or copy a built dist/ here.\n',
  );
  process.exit(strict ? 1 : 0);
}

if (!always)
  process.stderr.write(
    built ? 'Sources changed since the last build: compiling (tsc)…\n' : 'No build yet: compiling to dist/ (tsc)…\n',
  );
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('The build failed (type errors above); fix them, or run `npm run typecheck` for the list.\n');
  // On `npm install` (prepare, not strict) a type error must not abort installing packages; the
  // scripts that run the build (`start`, `test`, …) stop on it.
  process.exit(strict ? 1 : 0);
}
await bundle('ask', 'src/console/ask.js', { packages: 'bundle', plugins: [zodFromNodeModules] });
await bundle('main', 'src/main.js', { packages: 'external', plugins: [bundleZodMini] });
writeFileSync(stamp, `${new Date().toISOString()}\n`);
refreshSnapshot(true);

/**
 * dist/<name>.js: a compiled entry and our modules it imports, in one minified ES module, so a
 * program reads and compiles one file instead of resolving ~150 (and keeps less source resident).
 * What an entry imports on demand (each mode of main.js; validation in ask) goes to chunks in
 * dist/<name>-chunks/, loaded only then. `ask` carries its packages too (a one-shot answer's start-up
 * is its whole run); `main` loads them from node_modules as usual, discord.js included.
 * dist/<name>.inputs.json lists what went in, and what a run loads before it does anything (tests
 * read it). esbuild is a dev dependency, like tsc.
 */
async function bundle(name, entry, { packages, plugins = [] }) {
  let esbuild;
  try {
    esbuild = await import(createRequire(join(root, 'package.json')).resolve('esbuild'));
  } catch {
    process.stderr.write('esbuild is not installed (dev dependencies): `npm ci` installs it.\n');
    process.exit(strict ? 1 : 0);
  }
  rmSync(join(root, 'dist', `${name}-chunks`), { recursive: true, force: true });
  const { metafile } = await esbuild.build({
    entryPoints: { [name]: join(root, 'dist', entry) },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: `${name}-chunks/[name]-[hash]`,
    plugins: [pureModules, ...plugins],
    bundle: true,
    packages,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    metafile: true,
    logLevel: 'warning',
    // Packages written as CommonJS call require(); an ES module has none until it is given one.
    banner: {
      js: "import { createRequire as __sciRequire } from 'node:module'; const require = __sciRequire(import.meta.url);",
    },
  });
  const inputs = Object.keys(metafile.inputs);
  // What a run loads before it does anything: the entry, the chunks it imports statically (not on
  // demand), and the packages those import.
  const startup = new Set();
  const external = new Set();
  const visit = (out) => {
    const o = metafile.outputs[out];
    if (!o || o.visited) return;
    o.visited = true;
    for (const f of Object.keys(o.inputs)) startup.add(f);
    for (const i of o.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) external.add(i.path);
      else visit(i.path);
    }
  };
  visit(Object.keys(metafile.outputs).find((o) => o.endsWith(`dist/${name}.js`)));
  // For each part imported on demand (each mode of main.js), the packages it loads when it is.
  const loads = {};
  for (const [out, o] of Object.entries(metafile.outputs)) {
    if (!o.entryPoint) continue;
    const seen = new Set();
    const packages = new Set();
    const walk = (file) => {
      if (seen.has(file) || !metafile.outputs[file]) return;
      seen.add(file);
      for (const i of metafile.outputs[file].imports) {
        if (i.kind !== 'import-statement') continue;
        if (i.external) packages.add(i.path);
        else walk(i.path);
      }
    };
    walk(out);
    loads[o.entryPoint.replace(/^.*?dist\//, 'dist/')] = [...packages].sort();
  }
  if (name === 'ask') {
    const wrong = inputs.filter((f) => NOT_IN_ASK.test(f));
    if (wrong.length > 0) {
      process.stderr.write(`The ask bundle must not carry the gateway client, but it holds: ${wrong.join(', ')}\n`);
      process.exit(1);
    }
  }
  writeFileSync(
    join(root, 'dist', `${name}.inputs.json`),
    `${JSON.stringify({ bundled: inputs, startup: [...startup], startupImports: [...external], loads }, null, 1)}\n`,
  );
}

/** Writes dist/snapshot.json again when it is missing, or older than the build or any data file. */
function refreshSnapshot(force = false) {
  if (!existsSync(snapshotScript)) return;
  const made = existsSync(snapshot) ? statSync(snapshot).mtimeMs : 0;
  // tsc run by hand writes dist/.tsbuildinfo but no stamp: programs refuse the snapshot of the old
  // code (src/snapshot.ts), and the next npm script writes it again.
  const tscRan = existsSync(join(root, 'dist', '.tsbuildinfo'))
    ? statSync(join(root, 'dist', '.tsbuildinfo')).mtimeMs
    : 0;
  if (!force && made > 0 && made >= built && made >= tscRan && newest(join(root, 'data'), /\.json$/) <= made) return;
  const r = spawnSync(process.execPath, [snapshotScript], {
    stdio: 'inherit',
    env: { ...process.env, SCI_DATA_DIR: '' },
  });
  if (r.status !== 0)
    process.stderr.write(
      'Could not write the start-up snapshot; programs will validate and index the data as they start.\n',
    );
}
