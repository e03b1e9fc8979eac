/**
 * Runs a real build of a campaigns folder (a fixture's, or the demo's) into tests/.output/
 * the way organisers run it, `npm run build` (src/cli/build.ts), and gives tests the exit
 * code, the console output and a reader for the built files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { childProcessEnv } from './child-env.ts';

const root = resolve(import.meta.dirname, '../..');

/** The result of building one fixture. */
export interface FixtureBuild {
  status: number | null;
  output: string;
  outDir: string;
  /** Reads a built file by its path under the output folder. */
  read(path: string): string;
  exists(path: string): boolean;
}

/** Builds `tests/fixtures/<name>/campaigns` with the project's own Astro config. */
export function buildFixture(name: string, env: Record<string, string> = {}): FixtureBuild {
  return buildCampaigns(name, join(root, 'tests/fixtures', name, 'campaigns'), env);
}

/**
 * Builds any campaigns folder into `tests/.output/<name>/dist` with the project's own Astro config;
 * SIDKIT_SLICE_PAGES in `env` makes it a sliced build, and `options.args` are the build's arguments (e.g. `--campaign`).
 */
export function buildCampaigns(
  name: string,
  campaignsDir: string,
  env: Record<string, string> = {},
  options: { keep?: boolean; args?: readonly string[] } = {},
): FixtureBuild {
  const outDir = join(root, 'tests/.output', name, 'dist');
  // `keep` leaves what is already in the output folder, to test what a build does with an earlier one.
  if (!options.keep) rmSync(join(root, 'tests/.output', name), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.ts'), ...(options.args ?? [])], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...childProcessEnv(),
      PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
      SIDKIT_CAMPAIGNS: campaignsDir,
      SIDKIT_OUT_DIR: outDir,
      SIDKIT_CACHE_DIR: join(root, 'tests/.output', name, 'cache'),
      // Each fixture build starts cold, unless `env` shares another build's cache.
      SIDKIT_CACHE: join(root, 'tests/.output', name, 'build-cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      // Vitest sets NODE_ENV=test, which would make Vite build in development mode
      // (import.meta.env.DEV true, BASE_URL ignored); a real build runs in production.
      NODE_ENV: 'production',
      ...env,
    },
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}

/** The staging and previous-site folders a build left beside its output folder; none once a build has ended. */
export function foldersBesideOutput(outDir: string): string[] {
  const name = basename(outDir);
  return existsSync(dirname(outDir))
    ? readdirSync(dirname(outDir)).filter((entry) => entry.startsWith(`${name}.`))
    : [];
}
