/** The end of the last whole UTF-8 character in `b[start, end)`. */
export function charBoundary(b: Buffer, start: number, end: number): number {
  let i = end;
  while (i > start && i > end - 4 && (b[i - 1] & 0xc0) === 0x80) i--;
  if (i === start) return end;
  const lead = b[i - 1];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i - 1 + length > end ? i - 1 : end;
}
