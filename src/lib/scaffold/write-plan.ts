/** Writes a checked plan's files, creating their folders: the only part of scaffolding that touches disk. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PlannedFile } from './plan.ts';

/** Writes every planned file. */
export function writePlannedFiles(files: readonly PlannedFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text);
  }
}
