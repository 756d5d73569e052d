import {inflateSync} from "node:zlib";

export interface Image {
  width: number;
  height: number;
  /** Pixels per metre, from the pHYs chunk, or undefined. */
  ppm?: number;
  /** RGBA, four bytes a pixel. */
  pixels: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG, which is what resvg writes. */
export function decodePng(png: Buffer): Image {
  if (png.toString("latin1", 1, 4) !== "PNG") throw new Error("not a PNG");
  let width = 0, height = 0, channels = 4, ppm: number | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error(`unsupported PNG: depth ${body[8]}, interlace ${body[12]}`);
      channels = ({2: 3, 6: 4} as Record<number, number>)[body[9]];
      if (!channels) throw new Error(`unsupported PNG colour type: ${body[9]}`);
    } else if (type === "pHYs") {
      ppm = body.readUInt32BE(0);
    } else if (type === "IDAT") {
      data.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; ++x) {
      const a = x >= channels ? rows[y * stride + x - channels] : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels] : 0;
      rows[y * stride + x] = (line[x] + predict(filter, a, b, c)) & 255;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; ++i) {
    pixels.set(rows.subarray(i * channels, i * channels + 3), i * 4);
    pixels[i * 4 + 3] = channels === 4 ? rows[i * channels + 3] : 255;
  }
  return {width, height, ppm, pixels};
}

/** The number of pixels in a rectangle that are darker than light grey. */
export function darkPixels({width, pixels}: Image, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; ++y) {
    for (let x = x0; x < x1; ++x) {
      const i = (y * width + x) * 4;
      if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 160) ++n;
    }
  }
  return n;
}

function predict(filter: number, a: number, b: number, c: number) {
  switch (filter) {
    case 0: return 0;
    case 1: return a;
    case 2: return b;
    case 3: return (a + b) >> 1;
    case 4: return paeth(a, b, c);
  }
  throw new Error(`unknown PNG filter: ${filter}`);
}

function paeth(a: number, b: number, c: number) {
  const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
