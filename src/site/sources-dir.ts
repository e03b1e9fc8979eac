/** Where registered sources live: one YAML file per document, shared by the content check and rendering. */
import { resolve } from 'node:path';

/** Absolute path of the source registry folder. */
export const SOURCES_DIR = resolve('src/data/sources');
