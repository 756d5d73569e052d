import {experimentOrder} from "./experiments";
import {rowsNote} from "./notes";

/**
 * The latest maxRows experiments by number, in experiment order, with the note a chart shows when it leaves
 * the others out (none when it draws them all).
 */
export function latestExperiments(names: Iterable<string>, maxRows: number): {order: string[]; note?: string} {
  const order = experimentOrder(names);
  if (order.length <= maxRows) return {order};
  return {order: order.slice(order.length - maxRows), note: rowsNote(maxRows, order.length)};
}
