/**
 * Draws Kalm's toolbar and store icons (16, 32, 48, 128 px) into public/icons/.
 *
 * The icon: a rounded teal square with two calm white waves — still water after a storm.
 * Drawn as signed distance fields with 4×4 supersampling and written as PNG with node:zlib,
 * so the icons are reproducible without an image editor or any download.
 *
 * Run: npx tsx scripts/draw-icons.ts   (the PNGs are committed; run again only to change them)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
const SUPERSAMPLE = 4;
const TOP: Rgba = [58, 160, 146, 255]; // teal, lighter at the top
const BOTTOM: Rgba = [31, 106, 99, 255];
const WAVE: Rgba = [255, 255, 255, 255];

/** Distance from (x, y) to a rounded square of side 1 centred at 0.5, corner radius r (negative inside). */
function roundedSquare(x: number, y: number, r: number): number {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Vertical distance to a sine wave; good enough for gentle waves. */
function wave(x: number, y: number, centre: number, amplitude: number, halfWidth: number): number {
  if (x < 0.2 || x > 0.8) return Infinity;
  const phase = ((x - 0.2) / 0.6) * Math.PI * 2;
  const waveY = centre - amplitude * Math.sin(phase);
  // Scale the distance by the slope so the stroke keeps an even thickness.
  const slope = (amplitude * Math.PI * 2 * Math.cos(phase)) / 0.6;
  return Math.abs(y - waveY) / Math.sqrt(1 + slope * slope) - halfWidth;
}

function pixel(x: number, y: number, size: number): Rgba {
  if (roundedSquare(x, y, 0.22) > 0) return [0, 0, 0, 0];
  // Small icons get thicker, flatter strokes so they stay readable at 16 px.
  const small = size <= 32;
  const halfWidth = small ? 0.075 : 0.05;
  const amplitude = small ? 0.07 : 0.08;
  const inWave =
    wave(x, y, small ? 0.36 : 0.38, amplitude, halfWidth) <= 0 ||
    wave(x, y, small ? 0.64 : 0.62, amplitude, halfWidth) <= 0;
  if (inWave) return WAVE;
  const t = y;
  return [0, 1, 2, 3].map((i) => Math.round(TOP[i]! * (1 - t) + BOTTOM[i]! * t)) as Rgba;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // first byte: PNG filter type 0
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const [r, g, b, a] = pixel(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
            size,
          );
          // Premultiply so transparent samples do not darken the edge.
          sum[0]! += (r * a) / 255;
          sum[1]! += (g * a) / 255;
          sum[2]! += (b * a) / 255;
          sum[3]! += a;
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = sum[3]! / n;
      const un = (c: number) => (alpha === 0 ? 0 : Math.round(((c / n) * 255) / alpha));
      row.set([un(sum[0]!), un(sum[1]!), un(sum[2]!), Math.round(alpha)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = fileURLToPath(new URL('../public/icons/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(`${outDir}icon-${size}.png`, render(size));
  console.log(`public/icons/icon-${size}.png`);
}
