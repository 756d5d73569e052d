/**
 * Buffers given back for reuse. Fresh memory costs a page fault every 4 KB, and threads faulting
 * at once wait on each other: over a large file that is a good part of the time.
 */
export class Buffers {
  private readonly free: Buffer[] = [];

  constructor(private readonly keep = 2) {}

  /** A buffer of at least `size` bytes, not pooled with other Buffers (so it can be transferred). */
  take(size: number): Buffer {
    const i = this.free.findIndex((b) => b.length >= size);
    return i >= 0 ? this.free.splice(i, 1)[0] : Buffer.allocUnsafeSlow(size);
  }

  give(b: Buffer): void {
    if (this.free.length < this.keep && b.buffer.byteLength > 0) this.free.push(b);
  }
}
