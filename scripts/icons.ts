// npm run icons: draws the favicon and app icons in public/ from public/icon.svg (the one
// source of the picture): PNGs at the sizes browsers and phones ask for, and favicon.ico with
// PNG images inside (every current browser reads those). Run it after changing the SVG.
import { readFile, writeFile } from "node:fs/promises";
import { createElement } from "react";
import { ImageResponse } from "next/og";

const svg = await readFile("public/icon.svg");
const source = `data:image/svg+xml;base64,${svg.toString("base64")}`;

async function png(size: number): Promise<Buffer> {
  const image = createElement("img", { src: source, width: size, height: size });
  const response = new ImageResponse(image, { width: size, height: size });
  return Buffer.from(await response.arrayBuffer());
}

/** An ICO file: a header, one directory entry per image, then the PNGs themselves. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width, 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const files: [string, number][] = [
  ["public/apple-touch-icon.png", 180],
  ["public/icon-192.png", 192],
  ["public/icon-512.png", 512],
];
for (const [file, size] of files) await writeFile(file, await png(size));
await writeFile("public/favicon.ico", ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }, { size: 48, data: await png(48) }]));
console.log(`wrote public/favicon.ico and ${files.map(([file]) => file).join(", ")}`);
