/** A PNG header for tests: signature, IHDR and optionally pHYs in dots per inch; no pixel data. */
export function png(width: number, height: number, dpi?: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, "latin1");
    return Buffer.concat([head, body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  const phys = Buffer.alloc(9);
  if (dpi !== undefined) {
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 0);
    phys.writeUInt32BE(Math.round(dpi / 0.0254), 4);
    phys.writeUInt8(1, 8);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...(dpi === undefined ? [] : [chunk("pHYs", phys)]),
    chunk("IEND", Buffer.alloc(0))
  ]);
}
