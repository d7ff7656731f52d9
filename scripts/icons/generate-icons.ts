/**
 * Draws the app's home-screen icons (issue #17 §1) into public/icons/ as PNG files, which are committed:
 * a shield in the brand colour (#0b4a6f) with a gold star and "138". Run again only to change the design:
 *   npx tsx scripts/icons/generate-icons.ts
 * `maskable` keeps the drawing inside the central 80 % safe zone that Android may crop to a circle.
 */
import { mkdirSync } from "node:fs";
import sharp from "sharp";

const BRAND = "#0b4a6f";
const GOLD = "#f2c230";

function svg(size: number, maskable: boolean): string {
  const s = maskable ? 0.72 : 0.9; // share of the canvas the shield takes
  const pad = (1 - s) / 2;
  const x = (v: number) => (pad + v * s) * size;
  const bg = maskable ? `<rect width="${size}" height="${size}" fill="${BRAND}"/>` : "";
  const shield = `M${x(0.5)} ${x(0.02)} L${x(0.94)} ${x(0.18)} L${x(0.94)} ${x(0.5)} Q${x(0.94)} ${x(0.82)} ${x(0.5)} ${x(0.98)} Q${x(0.06)} ${x(0.82)} ${x(0.06)} ${x(0.5)} L${x(0.06)} ${x(0.18)} Z`;
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = (i % 2 === 0 ? 0.17 : 0.07) * s * size;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${x(0.5) + r * Math.cos(a)},${x(0.36) + r * Math.sin(a)}`;
  }).join(" ");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${bg}
    <path d="${shield}" fill="${maskable ? "#ffffff" : BRAND}"/>
    <path d="${shield}" fill="none" stroke="${GOLD}" stroke-width="${size * s * 0.04}"/>
    <polygon points="${star}" fill="${maskable ? BRAND : GOLD}"/>
    <text x="${x(0.5)}" y="${x(0.78)}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="${size * s * 0.2}"
      text-anchor="middle" fill="${maskable ? BRAND : "#ffffff"}">138</text>
  </svg>`;
}

mkdirSync("public/icons", { recursive: true });
const jobs: Array<[string, number, boolean]> = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
];
for (const [name, size, maskable] of jobs) {
  await sharp(Buffer.from(svg(size, maskable)))
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${name}`);
  console.log(`public/icons/${name}`);
}
