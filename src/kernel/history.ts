/** One stored cell: session, execution count, input (and its text/plain result when asked for output). */
export type HistoryEntry = [number, number, string | [string, string | null]];

export interface HistoryRequest {
  hist_access_type?: string;
  output?: boolean;
  session?: number;
  start?: number;
  stop?: number;
  n?: number;
  pattern?: string;
  unique?: boolean;
}

/** The session number this kernel reports; 0 also means "the current session", as in IPython. */
export const SESSION = 1;

/**
 * The cells run in this kernel session, kept in memory for history_request (tail, range and search, with
 * IPython's meaning); the history ends with the session.
 */
export class History {
  private readonly cells: {count: number; input: string; output: string | null}[] = [];

  add(count: number, input: string, output: string | null = null): void {
    this.cells.push({count, input, output});
  }

  reply(request: HistoryRequest): HistoryEntry[] {
    const {hist_access_type: type, output = false, n, unique = false} = request;
    let cells = this.cells;
    if (type === "range") {
      if (request.session !== undefined && request.session !== 0 && request.session !== SESSION) return [];
      const start = request.start ?? 0;
      const stop = request.stop ?? Infinity;
      cells = cells.filter(({count}) => count >= start && count < stop);
    } else if (type === "search") {
      const match = glob(request.pattern ?? "*");
      cells = cells.filter(({input}) => match.test(input));
      if (unique) {
        const last = new Map(cells.map((cell, i) => [cell.input, i]));
        cells = cells.filter((cell, i) => last.get(cell.input) === i);
      }
      if (n !== undefined && n > 0) cells = cells.slice(-n);
    } else if (type === "tail") {
      cells = n === undefined ? cells : n > 0 ? cells.slice(-n) : [];
    } else {
      return [];
    }
    return cells.map(({count, input, output: result}) => [SESSION, count, output ? [input, result] : input]);
  }
}

// IPython's search patterns are globs: * any run of characters, ? one character.
function glob(pattern: string) {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]");
  return new RegExp(`^${body}$`);
}
