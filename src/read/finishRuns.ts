import pl from "nodejs-polars";
import {RUN_DTYPES} from "../clean";
import {runColumns, type RunColumn} from "../schema";

/**
 * The runs frame from a frame of runs in file order with an experiment column and a column per key
 * spelling (`total_cpu_time (seconds)`, `total_cpu_time`): index, experiment, partition (first
 * segment of data_path), then each run variable from whichever of its spellings a run has.
 */
export function finishRuns(frame: pl.DataFrame, spellings: Map<string, RunColumn>): pl.DataFrame {
  const present = new Set(frame.columns);
  const sources = COLUMNS.map((column) => [column, ...[...spellings].filter(([name, c]) => c === column && name !== column).map(([name]) => name)].filter((name) => present.has(name)));
  const id = JSON.stringify(sources);
  if (cache.size > 100) cache.clear();
  // nodejs-polars takes about a millisecond to make each expression: a small file would spend most of its time here.
  const exprs = cache.get(id) ?? cache.set(id, [INDEX, pl.col("experiment"), ...selection(sources)]).get(id)!;
  return frame.withRowIndex("index").select(...exprs);
}

const COLUMNS = Object.keys(runColumns) as RunColumn[];
const INDEX = pl.col("index").cast(pl.Int64);
const cache = new Map<string, pl.Expr[]>();

function selection(sources: string[][]): pl.Expr[] {
  const columns = COLUMNS.map((column, i) => {
    const dtype = RUN_DTYPES[runColumns[column]];
    if (sources[i].length === 0) return pl.lit(null).cast(dtype).alias(column);
    return sources[i].slice(1).reduce((expr, name) => expr.fillNull(pl.col(name)), pl.col(sources[i][0])).cast(dtype).alias(column);
  });
  const partition = columns[COLUMNS.indexOf("data_path")].str.split("/").lst.first().alias("partition");
  return [partition, ...columns];
}
