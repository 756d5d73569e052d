/** The seed's cyclic file-limit labels, assigned in the order experiments first appear. */
const FILE_LIMITS = [2, 4, 6, 8, 10] as const;

/** The file limit of the experiment at this position (0-based) in order of first appearance. */
export function fileLimit(position: number): number {
  return FILE_LIMITS[position % FILE_LIMITS.length];
}
