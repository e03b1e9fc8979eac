import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  clearLeftoverFolders,
  discardStaging,
  processIsRunning,
  publishStaging,
  stagingFolder,
  claimStaging,
} from '../../../src/lib/build/staging.ts';

const parent = join(import.meta.dirname, '../../.output/unit-staging');
const outDir = join(parent, 'dist');
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

beforeEach(() => {
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
});

describe('staging a build', () => {
  test('writes beside the output folder, in a folder of one name whichever process builds', () => {
    expect(stagingFolder('/site/dist')).toBe('/site/dist.staging');
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(99999999)).toBe(false);
  });

  test('publishing swaps the new site in for the old one, keeping its .git and nothing else', () => {
    write(join(outDir, 'old.html'), 'old');
    write(join(outDir, '.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    const staging = stagingFolder(outDir);
    write(join(staging, 'index.html'), 'new');
    publishStaging(staging, outDir, 7);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(outDir).sort()).toEqual(['.git', 'index.html']);
    expect(readFileSync(join(outDir, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
  });

  test('publishing works when there is no output folder yet', () => {
    const staging = stagingFolder(outDir);
    write(join(staging, 'index.html'), 'new');
    publishStaging(staging, outDir, 7);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
  });

  test('discarding a staging folder leaves the output folder alone', () => {
    write(join(outDir, 'index.html'), 'old');
    const staging = stagingFolder(outDir);
    write(join(staging, 'index.html'), 'half');
    discardStaging(staging);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  test('clears the folders of builds that are no longer running, and only those of this output folder', () => {
    write(join(outDir, 'index.html'), 'site');
    for (const name of ['dist.staging-11', 'dist.previous-12', 'dist.staging-13', 'other.staging-11', 'dist.stage'])
      write(join(parent, name, 'index.html'), name);
    const running = (pid: number) => pid === 13;
    expect(clearLeftoverFolders(outDir, running).sort()).toEqual(['dist.previous-12', 'dist.staging-11']);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist.stage', 'dist.staging-13', 'other.staging-11']);
  });

  test('is claimed by one build at a time: a second build is told which process has it, a crashed one’s is cleared', () => {
    const running = (pid: number) => pid === 21;
    expect(claimStaging(outDir, 21, running)).toBeUndefined();
    expect(readFileSync(`${stagingFolder(outDir)}.pid`, 'utf8')).toBe('21\n');
    expect(claimStaging(outDir, 22, running)).toBe(21);
    write(join(stagingFolder(outDir), 'index.html'), 'half');
    // Still running: its folder stays.
    expect(clearLeftoverFolders(outDir, running)).toEqual([]);
    // Gone without publishing (a crash): the next build clears its folder and takes the name.
    expect(clearLeftoverFolders(outDir, () => false)).toEqual(['dist.staging']);
    expect(readdirSync(parent)).toEqual([]);
    expect(claimStaging(outDir, 22, running)).toBeUndefined();
    write(join(stagingFolder(outDir), 'index.html'), 'new');
    publishStaging(stagingFolder(outDir), outDir, 22);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('puts back the previous site of a swap that a crash cut short', () => {
    write(join(parent, 'dist.previous-12', 'index.html'), 'previous');
    expect(clearLeftoverFolders(outDir, () => false)).toEqual(['dist.previous-12']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous');
    expect(clearLeftoverFolders(join(parent, 'missing/dist'))).toEqual([]);
    expect(existsSync(join(parent, 'missing'))).toBe(false);
  });
});
