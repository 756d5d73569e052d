/** A seeded source of small random choices (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]};
}

type Random = ReturnType<typeof random>;

/** Offsets of every occurrence of any of these characters. */
function boundaries(bytes: Buffer, chars: string): number[] {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  const found: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (codes.has(bytes[i])) found.push(i);
  return found;
}

const splice = (bytes: Buffer, at: number, remove: number, insert: Buffer | string = Buffer.alloc(0)) =>
  Buffer.concat([bytes.subarray(0, at), Buffer.from(insert as string), bytes.subarray(at + remove)]);

/** The kinds of damage a results file suffers, each a function of the bytes and a random source. */
export const MUTATIONS: Record<string, (bytes: Buffer, r: Random) => Buffer> = {
  "truncate anywhere": (b, r) => b.subarray(0, r.int(b.length)),
  "truncate at a boundary": (b, r) => {
    const at = boundaries(b, '[]{}",:\n');
    return b.subarray(0, r.pick(at) + r.int(2));
  },
  "flip a byte": (b, r) => {
    const copy = Buffer.from(b);
    copy[r.int(copy.length)] = r.int(256);
    return copy;
  },
  "flip several bytes": (b, r) => {
    const copy = Buffer.from(b);
    for (let k = 0; k < 8; k++) copy[r.int(copy.length)] = r.int(256);
    return copy;
  },
  "delete a bracket or quote": (b, r) => splice(b, r.pick(boundaries(b, '[]{}"')), 1),
  "double a bracket or quote": (b, r) => {
    const at = r.pick(boundaries(b, '[]{}"'));
    return splice(b, at, 0, String.fromCharCode(b[at]));
  },
  "delete a comma or colon": (b, r) => splice(b, r.pick(boundaries(b, ",:")), 1),
  "huge or odd number": (b, r) => {
    const at = r.pick(boundaries(b, ":")) + 1;
    const end = b.indexOf(",", at);
    return splice(b, at, Math.max(0, end - at), r.pick([" 1e400", " -1e400", " 123456789012345678901234567890", " -0", " 1e-400", " 9007199254740993", " 0.1e", " --1", " 1.", " .5", " NaN", " -Infinity", ' "1e999"']));
  },
  "deep nesting": (b, r) => {
    const depth = r.pick([10, 1000, 50000]);
    const at = r.pick(boundaries(b, ":")) + 1;
    return splice(b, at, 0, "[".repeat(depth) + (r.next() < 0.5 ? "]".repeat(depth) : ""));
  },
  "very long line": (b, r) => {
    const at = r.pick(boundaries(b, ":")) + 1;
    return splice(b, at, 0, `"${"x".repeat(r.pick([1000, 1_000_000]))}"${r.next() < 0.5 ? "," : ""}`);
  },
  "invalid UTF-8": (b, r) => splice(b, r.int(b.length), 0, Buffer.from(r.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]))),
  "NUL bytes": (b, r) => splice(b, r.int(b.length), 0, Buffer.from([0, 0, 0].slice(0, 1 + r.int(3)))),
  "header in an odd place": (b, r) => {
    const at = r.pick(boundaries(b, '\n,[{"'));
    return splice(b, at + 1, 0, r.pick(["Experiment99\n", "\nExperiment3\n", "Experiment7", "\nExperiment1 [\n", "\n  Experiment12  \r\n"]));
  },
  "odd tokens": (b, r) => splice(b, r.pick(boundaries(b, ",:[")) + 1, 0, r.pick(["undefined", "'single'", "// comment\n", "/*", "\\u0000", '"\\ud800"', "true", "{}", "[]", "__proto__", '"__proto__":{"x":1},'])),
  "swap two chunks": (b, r) => {
    const i = r.int(b.length), j = r.int(b.length), n = r.int(200);
    const [lo, hi] = i < j ? [i, j] : [j, i];
    return Buffer.concat([b.subarray(0, lo), b.subarray(hi, hi + n), b.subarray(lo + n, hi), b.subarray(lo, lo + n), b.subarray(hi + n)]);
  },
};
