/**
 * Whether the line starting at `p` is an `ExperimentN` header (spaces or tabs around it, a \r before
 * the \n allowed): the offset just after the name if it is, -1 if not, MORE if the bytes up to `end`
 * cannot tell (`eof`: the file ends at `end`). Lines end at \n only, as the exact parser reads them.
 */
export function headerAt(b: Uint8Array, p: number, end: number, eof: boolean): number {
  while (p < end && (b[p] === SPACE || b[p] === TAB)) p++;
  for (let j = 0; j < EXPERIMENT.length; j++, p++) {
    if (p >= end) return eof ? -1 : MORE;
    if (b[p] !== EXPERIMENT[j]) return -1;
  }
  const digits = p;
  while (p < end && b[p] >= 48 && b[p] <= 57) p++;
  if (p >= end) return eof && p > digits ? p : eof ? -1 : MORE;
  if (p === digits) return -1;
  const name = p;
  while (p < end && (b[p] === SPACE || b[p] === TAB)) p++;
  if (p < end && b[p] === CR) p++;
  if (p >= end) return eof && b[p - 1] !== CR ? name : eof ? -1 : MORE;
  return b[p] === LF ? name : -1;
}

/** headerAt's answer when the block ends too soon to tell. */
export const MORE = -2;

const SPACE = 32, TAB = 9, CR = 13, LF = 10;
const EXPERIMENT = Buffer.from("Experiment");
