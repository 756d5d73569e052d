/** CSS size of a PNG from its header: pixels scaled by the pHYs resolution (96 dpi when absent). */
export function pngSize(png: Uint8Array): {width: number; height: number} {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) throw new Error("invalid png: bad signature");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const dpi = physDpi(bytes) ?? 96;
  return {width: Math.round((width * 96) / dpi), height: Math.round((height * 96) / dpi)};
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function physDpi(bytes: Buffer): number | undefined {
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    if (type === "IDAT" || type === "IEND") return undefined;
    if (type === "pHYs" && length === 9 && offset + 17 <= bytes.length && bytes[offset + 16] === 1) {
      const ppm = bytes.readUInt32BE(offset + 8);
      return ppm > 0 ? ppm * 0.0254 : undefined;
    }
    offset += 12 + length;
  }
  return undefined;
}
