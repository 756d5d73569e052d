import {format} from "node:util";
import type {ConsoleInterface} from "tslab/dist/executor";

/** What one cell left with tslab's executor: its last value, the exception it threw, or its compile errors. */
export interface Captured {
  value?: {value: unknown};
  error?: {error: unknown};
  diagnostics: string[];
}

/**
 * The console tslab's executor reports a cell through, caught instead of printed: it logs the last expression's
 * value as one argument, a thrown exception as one argument, and each compile error as a format string with its
 * line, column and message. The cell's own console output goes to process.stdout, not here.
 */
export function captureConsole(): {console: ConsoleInterface; take(): Captured} {
  let captured: Captured = {diagnostics: []};
  return {
    console: {
      log: (...args: unknown[]) => {
        captured.value = {value: args[0]};
      },
      error: (...args: unknown[]) => {
        if (args.length === 1) captured.error = {error: args[0]};
        else captured.diagnostics.push(format(...args));
      }
    },
    take() {
      const result = captured;
      captured = {diagnostics: []};
      return result;
    }
  };
}
