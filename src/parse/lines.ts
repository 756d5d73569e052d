/** Line numbers (1-based) of offsets in a text, counted lazily and cached for increasing offsets. */
export class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.offset) this.offset = 0, this.line = 1;
    const {text} = this;
    for (let i = text.indexOf("\n", this.offset); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) this.line++;
    this.offset = offset;
    return this.line;
  }
}
