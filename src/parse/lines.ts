/** Line numbers of offsets in a text whose first line is `first` (1 for a whole file), counted lazily and cached for increasing offsets. */
export class LineCounter {
  private offset = 0;
  private line: number;

  constructor(private readonly text: string, private readonly first = 1) {
    this.line = first;
  }

  lineAt(offset: number): number {
    if (offset < this.offset) this.offset = 0, this.line = this.first;
    const {text} = this;
    for (let i = text.indexOf("\n", this.offset); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) this.line++;
    this.offset = offset;
    return this.line;
  }
}
