import {quoted} from "./quoted";

/** Where in a results file something went wrong. */
export interface Place {
  file?: string;
  experiment?: string;
  line?: number;
}

/** The one error the parser throws: a terse problem with its place, e.g. `x.txt: Experiment3, line 4: unclosed list`. */
export class ResultsError extends Error {
  readonly problem: string;
  readonly file?: string;
  readonly experiment?: string;
  readonly line?: number;

  constructor(problem: string, place: Place = {}, options?: {cause?: unknown}) {
    super(describe(problem, place), options);
    this.name = "ResultsError";
    this.problem = problem;
    this.file = place.file;
    this.experiment = place.experiment;
    this.line = place.line;
  }

  /** The same problem, placed more precisely (fields given here win). */
  at(place: Place): ResultsError {
    return new ResultsError(this.problem, {...this.place(), ...place}, {cause: this.cause});
  }

  private place(): Place {
    return {file: this.file, experiment: this.experiment, line: this.line};
  }
}

/** A printable excerpt of arbitrary input: short, one line, control and invisible characters escaped. */
export function excerpt(text: string, max = 24): string {
  const cut = text.length > max ? text.slice(0, max) + "…" : text;
  return quoted(cut);
}

function describe(problem: string, {file, experiment, line}: Place): string {
  const place = [experiment, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(", ");
  return [file, place, problem].filter(Boolean).join(": ");
}
