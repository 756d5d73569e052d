/**
 * The length in bytes of the character at `b[i]` if it is white space to a JavaScript regex (`\s`),
 * as the exact parser takes it around a list: 0 if it is not, MORE if the block ends inside it.
 */
export function jsSpace(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c === 32 || (c >= 9 && c <= 13)) return 1;
  if (c < 0xc2) return 0;
  const length = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (i + length > end) return MORE;
  const code = Buffer.from(b.buffer, b.byteOffset + i, length).toString("utf8").codePointAt(0)!;
  return SPACE.test(String.fromCodePoint(code)) ? length : 0;
}

export const MORE = -2;

const SPACE = /^\s$/u;
