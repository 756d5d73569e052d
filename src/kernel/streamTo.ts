/** A replacement for process.stdout.write or process.stderr.write that sends the text as a stream output. */
export function streamTo(send: (text: string) => void): typeof process.stdout.write {
  const decoder = new TextDecoder();
  return ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk);
    if (text !== "") send(text);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  }) as typeof process.stdout.write;
}
