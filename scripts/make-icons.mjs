/**
 * Draws the add-in icon (a rising bar chart on a blue rounded square) as PNGs in assets/:
 * icon-16/32/64/80/128.png. Plain zlib + a hand-written PNG encoder: no image library needed.
 * Run: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent brand blue (#0F6CBD)
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

// Shapes in unit coordinates (0..1): the rounded square, and three bars rising left to right.
const RADIUS = 0.18;
const BARS = [
  { x0: 0.2, x1: 0.36, top: 0.56 },
  { x0: 0.42, x1: 0.58, top: 0.4 },
  { x0: 0.64, x1: 0.8, top: 0.22 },
];
const BASE = 0.8;

function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

const inBar = (x, y) => BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BASE);

/** RGBA pixels of the icon at `size` × `size`. */
function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (pxl + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          cover++;
          if (inBar(x, y)) white++;
        }
      }
      const i = (py * size + pxl) * 4;
      const w = cover === 0 ? 0 : white / cover;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      px[i + 3] = Math.round((255 * cover) / SAMPLES ** 2);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG: each scanline prefixed with filter type 0, then deflated. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `icon-${size}.png`);
  writeFileSync(file, png(size, draw(size)));
  console.log(`wrote ${file}`);
}
