import {quoted} from "./quoted";

/** Keys an object parsed by parseJson had more than once, in order (JSON.parse keeps the last value silently). */
export const REPEATED_KEYS = Symbol("repeated keys");

/** A JSON syntax problem at an offset of the text being parsed. */
export class JsonError extends Error {
  constructor(readonly problem: string, readonly offset: number) {
    super(problem);
  }
}

/**
 * Parses one JSON value starting at `start`, as JSON.parse would, but also accepting what result
 * files written by hand or by Python contain: trailing commas before `]` or `}`, and the tokens
 * `NaN`, `Infinity` and `-Infinity`. Returns the value and the offset just after it. Iterative, so
 * deep nesting cannot overflow the stack. An object with a key given twice lists it under REPEATED_KEYS.
 */
export function parseJson(text: string, start = 0, end = text.length): {value: unknown; end: number} {
  const stack: Container[] = [];
  let i = start;
  let value: unknown;
  for (;;) {
    i = skipSpace(text, i, end);
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      const container: Container = c === OPEN_BRACKET ? {list: [], open: i, key: ""} : {object: {}, open: i, key: ""};
      stack.push(container);
      i = skipSpace(text, i + 1, end);
      if (text.charCodeAt(i) === (container.list ? CLOSE_BRACKET : CLOSE_BRACE)) {
        stack.pop(), (value = container.list ?? container.object), i++;
      } else {
        if (container.object) i = readKey(text, i, end, container);
        continue;
      }
    } else {
      [value, i] = readScalar(text, i, end, stack);
    }
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return {value, end: i};
      if (top.list) top.list.push(value);
      else setKey(top.object!, top.key, value);
      i = skipSpace(text, i, end);
      const close = top.list ? CLOSE_BRACKET : CLOSE_BRACE;
      let d = text.charCodeAt(i);
      if (d === COMMA) {
        i = skipSpace(text, i + 1, end);
        d = text.charCodeAt(i);
        if (d !== close) {
          if (top.object) i = readKey(text, i, end, top);
          break;
        }
      }
      if (d !== close) throw unexpected(text, i, end, stack, top.list ? "expected , or ]" : "expected , or }");
      stack.pop(), (value = top.list ?? top.object), i++;
    }
  }
}

interface Container {
  list?: unknown[];
  object?: Record<string, unknown>;
  key: string;
  open: number;
}

const OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125;
const COMMA = 44, COLON = 58, QUOTE = 34, BACKSLASH = 92;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: [string, unknown][] = [["true", true], ["false", false], ["null", null], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity]];

function readScalar(text: string, i: number, end: number, stack: Container[]): [unknown, number] {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return readString(text, i, end, stack);
  for (const [word, value] of LITERALS) {
    if (text.startsWith(word, i) && i + word.length <= end && !isWordChar(text.charCodeAt(i + word.length))) return [value, i + word.length];
  }
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(text);
  if (match && i + match[0].length <= end && !isWordChar(text.charCodeAt(i + match[0].length))) return [Number(match[0]), i + match[0].length];
  throw unexpected(text, i, end, stack, "expected a value");
}

function readKey(text: string, i: number, end: number, container: Container): number {
  if (text.charCodeAt(i) !== QUOTE) throw unexpected(text, i, end, [container], "expected a property name");
  let key: unknown;
  [key, i] = readString(text, i, end, [container]);
  container.key = key as string;
  i = skipSpace(text, i, end);
  if (text.charCodeAt(i) !== COLON) throw unexpected(text, i, end, [container], "expected :");
  return i + 1;
}

function readString(text: string, start: number, end: number, stack: Container[]): [string, number] {
  let escaped = false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const raw = text.slice(start, i + 1);
      if (!escaped) return [raw.slice(1, -1), i + 1];
      try {
        return [JSON.parse(raw), i + 1];
      } catch {
        throw new JsonError("invalid escape in string", start);
      }
    }
    if (c === BACKSLASH) escaped = true, i++;
    else if (c === 10 || c === 13) throw new JsonError("unterminated string", start);
    else if (c < 32) throw new JsonError("control character in string", i);
  }
  throw unexpected(text, end, end, stack, "unterminated string", start);
}

function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(object, key)) {
    const repeated = (object as {[REPEATED_KEYS]?: string[]})[REPEATED_KEYS];
    if (repeated) repeated.push(key);
    else Object.defineProperty(object, REPEATED_KEYS, {value: [key], enumerable: false});
  }
  if (key === "__proto__") Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true});
  else object[key] = value;
}

function skipSpace(text: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
  }
  return i;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95;
}

/** At the end of the input, the innermost unclosed container is the problem; elsewhere the character. */
function unexpected(text: string, i: number, end: number, stack: Container[], expected: string, open?: number): JsonError {
  if (i >= end) {
    if (open !== undefined) return new JsonError(expected, open);
    const top = stack[stack.length - 1];
    if (top) return new JsonError(top.list ? "unclosed list" : "unclosed object", top.open);
    return new JsonError("expected a value", i);
  }
  const token = text.slice(i, i + 12).split(/[\s,:[\]{}]/)[0] || text[i];
  return new JsonError(`${expected}, found ${quoted(token.length > 10 ? token.slice(0, 10) + "…" : token)}`, i);
}
