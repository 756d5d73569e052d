/** The exact decimal text of units / 10^places, written as Python writes a float (3.5, 3.0). */
export function decimal(units: number, places: number): string {
  if (!Number.isSafeInteger(units)) throw new Error(`units must be a safe integer: ${units}`);
  const digits = Math.abs(units).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "") || "0";
  return `${units < 0 ? "-" : ""}${whole}.${fraction}`;
}
