/**
 * Text with every invisible or reordering character shown as an escape (`\u202e`, `\u001b`): C0 and C1
 * controls, DEL, bidi marks, embeddings, overrides and isolates, zero-width characters, no-break and
 * other odd spaces, line and paragraph separators, soft hyphens and tag characters. What a reader sees
 * is then what the text holds, and a terminal or viewer cannot be steered by it. Characters in `keep`
 * (e.g. line breaks where the format quotes them) stay as they are.
 */
export function visible(text: string, keep = ""): string {
  return text.replace(INVISIBLE, (c) => {
    if (keep.includes(c)) return c;
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
