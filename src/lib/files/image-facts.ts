/**
 * What a picture file tells without decoding it: its size on disk and, for a PNG, the width
 * and height its header gives. Enough to refuse a supporter logo too large for a wall of
 * them before the image pipeline spends time on it.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** A PNG starts with this signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the first 24 bytes of a PNG, or undefined when they are not a PNG's. */
export function pngDimensions(header: Uint8Array): { width: number; height: number } | undefined {
  if (header.length < 24 || PNG_SIGNATURE.some((byte, i) => header[i] !== byte)) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size in bytes of a file and, if it is a PNG, its dimensions; undefined when it cannot be read. */
export function readImageFacts(path: string): { bytes: number; width?: number; height?: number } | undefined {
  try {
    const bytes = statSync(path).size;
    const header = new Uint8Array(24);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 24, 0);
    } finally {
      closeSync(fd);
    }
    return { bytes, ...pngDimensions(header) };
  } catch {
    return undefined;
  }
}
