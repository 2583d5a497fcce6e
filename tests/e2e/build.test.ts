/**
 * The compiled build as the npm scripts run it (`npm test` builds dist/ first): every script's entry
 * exists, the console path never loads the discord.js client, data is found from any working
 * directory, and a production install (`npm ci --omit=dev`) carries no dev tool.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const CWD = mkdtempSync(join(tmpdir(), 'sci-build-'));
afterAll(() => rmSync(CWD, { recursive: true, force: true }));

/** Every package a compiled module pulls in when it starts: static imports, followed through our own files. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static `import … from '…'` and bare `import '…'`; dynamic import() is loaded only when called.
    for (const m of code.matchAll(
      /^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
    )) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:'))
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(join(DIST, entry));
  return packages;
}

describe('the compiled build', () => {
  it('every script that runs compiled JavaScript has its entry in dist/', () => {
    const entries = Object.entries(pkg.scripts).flatMap(([name, cmd]) =>
      [...cmd.matchAll(/\bnode (?:--\S+ )*(dist\/\S+\.js)/g)].map((m) => [name, m[1]!] as const),
    );
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining(['start', 'ask', 'deploy-commands', 'check-data', 'bench', 'load']),
    );
    for (const [name, file] of entries) expect(existsSync(join(ROOT, file)), `${name}: ${file}`).toBe(true);
  });

  it.each([
    ['the console (npm start without a token)', 'src/console/repl.js'],
    ['npm run ask', 'src/console/ask.js'],
    ['npm run check-data', 'src/dataset/check.js'],
    ['npm start before it picks a mode', 'src/main.js'],
  ])('%s never loads the discord.js client', (_name, entry) => {
    const loaded = packagesLoadedBy(entry);
    expect([...loaded]).not.toContain('discord.js');
    expect([...loaded]).not.toContain('@discordjs/ws');
    expect([...loaded]).not.toContain('undici');
  });

  describe('the bundled `ask` (dist/ask.js, what npm run ask runs)', () => {
    const inputs = JSON.parse(readFileSync(join(DIST, 'ask.inputs.json'), 'utf8')) as {
      bundled: string[];
      startup: string[];
    };
    const packagesIn = (files: string[]) =>
      [...new Set(files.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []))].sort();

    it('carries no discord.js client either', () => {
      expect(packagesIn(inputs.bundled)).toEqual(expect.arrayContaining(['fuse.js', 'discord-api-types']));
      for (const p of ['discord.js', '@discordjs/ws', 'undici']) expect(packagesIn(inputs.bundled)).not.toContain(p);
      expect(pkg.scripts.ask).toBe('node dist/ask.js');
    });

    it('loads before answering only what an answer from the snapshot needs: no data schemas, no builders, no Chinese tables', () => {
      // The data's zod schemas are imported only when the data must be validated (src/start.ts), and
      // then the full zod from node_modules; the builders and opencc's tables are required on first use
      // (commands/shared/definition.ts, src/text/han.ts). zod/mini checks the CLI flags (src/console/args.ts).
      // A value import of a barrel that re-exports the schemas (src/dataset/index.js) brings them back.
      expect(packagesIn(inputs.startup)).toEqual(['discord-api-types', 'fuse.js', 'zod']);
      expect(inputs.startup.filter((f) => /node_modules\/zod\/v4\/classic\//.test(f))).toEqual([]);
      expect(inputs.startup).not.toContain('dist/src/dataset/schema.js');
    });
  });

  it('npm start runs the bundle of main.js (dist/main.js), which loads nothing but node itself before it picks a mode', () => {
    expect(pkg.scripts.start).toBe('node dist/main.js');
    const inputs = JSON.parse(readFileSync(join(DIST, 'main.inputs.json'), 'utf8')) as { startupImports: string[] };
    // Each mode (console, gateway, HTTP endpoint) is a chunk imported on demand, with its packages.
    expect(inputs.startupImports.every((i) => i.startsWith('node:'))).toBe(true);
  });

  it('the gateway mode of npm start never loads classic zod: its environment is checked with zod/mini, bundled', () => {
    const inputs = JSON.parse(readFileSync(join(DIST, 'main.inputs.json'), 'utf8')) as {
      bundled: string[];
      loads: Record<string, string[]>;
    };
    // What the gateway chunk loads from node_modules when it is imported: discord.js, not zod.
    expect(inputs.loads['dist/src/discord/bot.js']).toContain('discord.js');
    expect(inputs.loads['dist/src/discord/bot.js']!.filter((p) => /^zod\b/.test(p))).toEqual([]);
    // The checks are zod's own (mini), taken into the bundle; classic zod is not.
    expect(inputs.bundled.some((f) => /node_modules\/zod\/v4\/mini\//.test(f))).toBe(true);
    expect(inputs.bundled.filter((f) => /node_modules\/zod\/v4\/classic\//.test(f))).toEqual([]);
  });

  it('the gateway path does load it (the check above can see discord.js when it is there)', () => {
    expect(packagesLoadedBy('src/discord/bot.js')).toContain('discord.js');
  });

  it('finds its data from any working directory', () => {
    const r = spawnSync(process.execPath, [join(DIST, 'src/console/ask.js'), '--json', '/about'], {
      cwd: CWD,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('a production install carries no dev tool: tsx, typescript and esbuild are dev dependencies only', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>;
    };
    const production = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.dev)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    for (const tool of ['tsx', 'typescript', 'esbuild', 'vitest']) expect(production).not.toContain(tool);
    const installScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && !p.dev && p.hasInstallScript)
      .map(([path]) => path);
    expect(installScripts, 'no install script runs in a production install').toEqual([]);
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
  });
});
