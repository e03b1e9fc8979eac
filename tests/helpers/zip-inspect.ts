/**
 * Reads ZIP bundles in tests through fflate, an independent reader of the archives that
 * sidkit writes itself, so no `unzip` command is needed on the machine.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** One file of an archive: its name, its bytes and the modification time its local header records. */
export interface ZipFile {
  name: string;
  data: Buffer;
  modified: Date;
}

/** The MS-DOS date and time of a local file header, as the wall-clock time it names (read as UTC). */
function dosDateTime(archive: Buffer, headerOffset: number): Date {
  const time = archive.readUInt16LE(headerOffset + 10);
  const date = archive.readUInt16LE(headerOffset + 12);
  return new Date(
    Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
  );
}

/** Every file of a ZIP archive, given as a path or as its bytes, in archive order; throws on a damaged archive. */
export function zipFiles(source: string | Buffer): ZipFile[] {
  const archive = typeof source === 'string' ? readFileSync(source) : source;
  const contents = unzipSync(archive);
  const files: ZipFile[] = [];
  // Local file headers start with PK\3\4 and are followed by the name and the data.
  for (let offset = 0; archive.readUInt32LE(offset) === 0x04034b50;) {
    const nameLength = archive.readUInt16LE(offset + 26);
    const extraLength = archive.readUInt16LE(offset + 28);
    const compressedSize = archive.readUInt32LE(offset + 18);
    const name = archive.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const data = contents[name];
    if (!data) throw new Error(`${name} is listed but could not be read`);
    files.push({ name, data: Buffer.from(data), modified: dosDateTime(archive, offset) });
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return files;
}
