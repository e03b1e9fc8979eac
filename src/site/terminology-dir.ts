/** Where the terminology lists live: one YAML file per locale, read by the content check. */
import { resolve } from 'node:path';

/** Absolute path of the terminology folder. */
export const TERMINOLOGY_DIR = resolve('src/data/terminology');
