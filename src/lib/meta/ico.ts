/**
 * `/favicon.ico`, which browsers and feed readers ask for when a resource names no icon (a
 * PDF opened directly, the sitemap). An ICO file may hold a PNG as it is (Windows Vista on,
 * every current browser), so the container is a 22-byte header around one PNG.
 */

/** An ICO file holding `png`, a square PNG of `size` pixels (at most 256). */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError(`An ICO image is 1-256 px, not ${size}`);
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width, 0 meaning 256
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}
