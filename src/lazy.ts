/**
 * A module loaded on first use: property reads go to `load()`'s result, called once. `require("./dist")` stays
 * quick because jsdom, Plot and resvg load only when a cell draws a chart.
 */
export function lazy<T extends object>(load: () => T): T {
  let module: T | undefined;
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get((module ??= load()), key),
    has: (_target, key) => Reflect.has((module ??= load()), key)
  });
}
