import {experimentNumber} from "../aggregate";

/**
 * At most about `count` experiments of an ordered list, to name on an axis that cannot name them all: the first at
 * or after each round number (Experiment500, Experiment1000, …) when every name has a number, else evenly spaced;
 * never two closer than half the even spacing, where gaps in the numbers would crowd them.
 */
export function thinTicks(order: readonly string[], count = 20): string[] {
  if (order.length <= count) return [...order];
  const numbers = order.map(experimentNumber);
  if (!numbers.every((n, i): n is number => n != null && (i === 0 || n > numbers[i - 1]!))) {
    const step = Math.ceil(order.length / count);
    return order.filter((_, i) => i % step === 0);
  }
  const first = numbers[0] as number, last = numbers[numbers.length - 1] as number;
  const step = roundStep((last - first) / count);
  const gap = order.length / count / 2;
  const ticks: string[] = [];
  for (let value = Math.ceil(first / step) * step, i = 0, previous = -Infinity; value <= last; value += step) {
    while (numbers[i]! < value) ++i;
    if (i - previous >= gap) ticks.push(order[i]), (previous = i);
  }
  return ticks;
}

// The smallest of 1, 2 and 5 times a power of ten that is at least the given step, and at least 1.
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw)!;
}
