/**
 * What content is checked and rendered with, as one digest: sidkit's src/lib, its data
 * (src/data: the source registry, the terminology lists) and package-lock.json, which pins
 * Sätteri (the MDX parser) and the fonts the glyph check reads. Work kept between builds
 * (per-file check results, MDX rendered at content sync) records this digest and is done
 * again when an update of sidkit changes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { filesUnder } from '../out-dir.ts';

let digest: string | undefined;

/** The digest of the code and data content goes through, worked out once per process (about 10 ms). */
export function contentCodeDigest(): string {
  if (digest) return digest;
  const hash = createHash('sha256');
  for (const dir of [resolve('src/lib'), resolve('src/data')].filter((path) => existsSync(path)))
    for (const file of filesUnder(dir).sort()) hash.update(`\0${relative(dir, file)}\0`).update(readFileSync(file));
  const lock = resolve('package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  digest = hash.digest('hex').slice(0, 20);
  return digest;
}
