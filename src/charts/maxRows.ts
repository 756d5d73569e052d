/** How many experiments a chart draws one labelled row (or label) for, unless told otherwise. */
export const MAX_ROWS = 60;

/** The chart's row cap: the option, or MAX_ROWS; a positive whole number or Infinity. */
export function maxRows({maxRows = MAX_ROWS}: {maxRows?: number}): number {
  if (!(maxRows >= 1 && (Number.isInteger(maxRows) || maxRows === Infinity))) throw new Error(`invalid maxRows: ${maxRows}`);
  return maxRows;
}
