/** The size a partition name stands for, in MB: 25 for "25MB", 1024 for "1GB"; null if it names none. */
export function partitionSize(partition: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B)?\s*$/i.exec(partition);
  if (!match) return null;
  const unit = (match[2] ?? "MB").toUpperCase().replace("I", "");
  return Number(match[1]) * UNITS[unit];
}

const UNITS: Record<string, number> = {KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024};
