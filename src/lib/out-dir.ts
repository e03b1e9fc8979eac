/** Walking a built site's out dir, for the integrations that finish the build and for the quality checks. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` as a full path, or only those whose name ends with `suffix`, e.g. `.html`. */
export function filesUnder(dir: string, suffix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath, entry.name));
}
