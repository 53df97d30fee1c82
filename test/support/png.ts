import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG (8-bit RGB) of `width` x `height`, filled by `color(x, y)`: a logo for the letterhead
 * tests, drawn without an image library.
 */
export function makePng(width: number, height: number, color: (x: number, y: number) => [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // no filter
    for (let x = 0; x < width; x++) rows.set(color(x, y), row + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A 120x40 logo: a teal band with a darker square, recognisable when the PDF page is rendered. */
export function sampleLogo(): Buffer {
  return makePng(120, 40, (x, y) => (x > 8 && x < 40 && y > 6 && y < 34 ? [15, 76, 92] : [42, 157, 143]));
}

/**
 * A PNG that passes the logo upload's checks (signature, PNG type) but cannot be drawn: an RGBA
 * header whose image data is not zlib. Stored with SQL, it makes every PDF drawing fail (decision 0059).
 */
export function corruptPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA: React-PDF must inflate it to split the alpha channel
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', Buffer.from('not zlib data')), chunk('IEND', Buffer.alloc(0))]);
}
