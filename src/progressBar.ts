/** Where a progress bar is drawn: a terminal, or anything else (then nothing is drawn). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress callback for `analyseFile(path, {progress})`: a bar on stderr while a file of 50 MB or
 * more is read, redrawn in place and cleared at the end. Nothing at all when the stream is not a
 * terminal or CI is set, so logs stay clean.
 */
export function progressBar(label: string, {stream = process.stderr as ProgressStream, minBytes = 50e6, width = 30} = {}): (taken: number, total: number) => void {
  const drawing = stream.isTTY === true && !process.env.CI;
  let shown = -1;
  return (taken, total) => {
    if (!drawing || total < minBytes) return;
    if (taken >= total) {
      if (shown >= 0) stream.write("\r\x1b[K");
      shown = -1;
      return;
    }
    const percent = Math.floor((100 * taken) / total);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round((width * taken) / total);
    stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${percent}% of ${Math.round(total / 1e6)} MB`);
  };
}
