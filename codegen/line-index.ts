// Offsets to line and column, for reporting problems in spec files. The index of where each line
// starts is built once per file and searched by bisection, so reporting N problems in a file of
// L lines costs O(L + N log L) instead of a scan (or a split) of the whole file per problem,
// which made a 4 MB spec with thousands of problems take most of a minute to fail.

export interface LineCol {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export class LineIndex {
  /** Offset of the first character of each line; lineStarts[0] is 0. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let offset = text.indexOf("\n"); offset !== -1; offset = text.indexOf("\n", offset + 1)) {
      this.lineStarts.push(offset + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Line and column of a 0-based character offset (clamped to the text). */
  locate(offset: number): LineCol {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    // The last line whose start is at or before the offset.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string | undefined {
    if (line < 1 || line > this.lineStarts.length) return undefined;
    const start = this.lineStarts[line - 1]!;
    const next = this.lineStarts[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, "");
  }
}

const indexes = new WeakMap<object, LineIndex>();

/** The line index of a file's text, built on first use and kept as long as `owner` lives. */
export function lineIndexOf(owner: object, text: string): LineIndex {
  let index = indexes.get(owner);
  if (!index) {
    index = new LineIndex(text);
    indexes.set(owner, index);
  }
  return index;
}
