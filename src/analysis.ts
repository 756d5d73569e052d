import type pl from "nodejs-polars";
import type {Runs} from "./clean";
import type {PriceModel} from "./cost";
import type {Source} from "./read";

// A module of its own, below analyse.ts: the notebook display and the manifest name the type, and analyse.ts uses both.
/** Everything the analysis derives from one results file. */
export interface Analysis extends Runs {
  summary: pl.DataFrame;
  partitions: pl.DataFrame;
  /** Where each section came from: experiment, file (when read from one) and header line. */
  sources: Source[];
  /** When read by analyseFile: runs the fast columnar path took, and runs the tolerant parser took one at a time. */
  paths?: {fast: number; tolerant: number};
  /** The price model of the partition table, when one was given (otherwise the seed's lookup, as the seed printed it). */
  prices?: PriceModel;
}
