#!/usr/bin/env node
// Draws Diplomark's icon (a blue diamond with a lighter facet on a transparent ground) as PNGs in
// public/icon/, where WXT picks them up for the manifest. Plain Node: a tiny PNG encoder over zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const DARK = [11, 87, 208];
const LIGHT = [138, 180, 248];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  const centre = (size - 1) / 2;
  const radius = size * 0.48;
  for (let y = 0; y < size; y++) {
    const row = [0]; // filter type: none
    for (let x = 0; x < size; x++) {
      // Coverage by 4×4 supersampling gives smooth edges at small sizes.
      let inside = 0;
      let upperLeft = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const dx = x + (sx + 0.5) / 4 - 0.5 - centre;
          const dy = y + (sy + 0.5) / 4 - 0.5 - centre;
          if (Math.abs(dx) + Math.abs(dy) <= radius) {
            inside++;
            if (dx + dy < -radius * 0.15) upperLeft++;
          }
        }
      }
      const share = upperLeft / Math.max(inside, 1);
      const colour = DARK.map((d, i) => Math.round(d * (1 - share) + LIGHT[i] * share));
      row.push(...colour, Math.round((inside / 16) * 255));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
console.log(`Wrote public/icon/{${SIZES.join(',')}}.png`);
