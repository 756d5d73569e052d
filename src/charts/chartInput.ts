import pl from "nodejs-polars";

/**
 * The rows a chart draws: the given rows as they are, or those its rows function computes from the given frame; so
 * a notebook passes the frame, and the CLI computes the rows once for both renderers.
 */
export function chartInput<R>(input: pl.DataFrame | R, rowsOf: (frame: pl.DataFrame) => R): R {
  return pl.DataFrame.isDataFrame(input) ? rowsOf(input) : (input as R);
}
