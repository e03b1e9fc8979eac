/**
 * A campaign's kit: reading and checking `kit.yaml`, so that the kit page, its pictures and
 * its print documents all work from one validated copy.
 */
import { KitFieldInvalid } from '../errors/catalogue.ts';
import type { Problem } from '../errors/problem.ts';
import { readYamlFile } from '../yaml/yaml-file.ts';
import { kitSchema, type KitConfig } from './kit-schema.ts';

/** The kit of a file, and every problem found in it; no kit when the file does not match the schema. */
export interface KitFile {
  readonly kit: KitConfig | undefined;
  readonly problems: readonly Problem[];
}

/** Validates the text of a kit file; every problem carries the file and line. */
export function parseKit(file: string, text: string): KitFile {
  const { data, problems } = readYamlFile(file, text, kitSchema, { kind: KitFieldInvalid });
  return { kit: data, problems };
}
