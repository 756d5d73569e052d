/** Decimal places of the integer unit each generated metric is kept in (1e-4 s, 1e-2 MB, 1e-2 B/s, ...). */
export const places = {
  cpuTime: 4,
  execTime: 4,
  memory: 2,
  throughput: 2,
  samplesPerSec: 4,
} as const;

/** A printed value in its integer unit: toUnits(3.56, 4) is 35600. */
export function toUnits(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals);
}
