import {expect} from "chai";
import {JsonError, parseJson, REPEATED_KEYS} from "../../src/parse/json";

const parse = (text: string) => parseJson(text).value;
const error = (text: string) => {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof JsonError) return {problem: e.problem, offset: e.offset};
    throw e;
  }
  throw new Error(`no error for ${text}`);
};

describe("parseJson(text)", () => {
  it("reads what JSON.parse reads, to the same values", () => {
    for (const text of ['[]', '{}', '0', '-0.5e-3', '"a\\"b\\u00e9\\n"', 'true', 'null', '[1, [2, [3]], {"a": {"b": []}}]', ' {"a" : 1 , "b":[ ] } ']) {
      expect(parse(text), text).to.deep.equal(JSON.parse(text));
    }
  });
  it("accepts trailing commas before ] and }", () => {
    expect(parse('[1, 2, ]')).to.deep.equal([1, 2]);
    expect(parse('{"a": 1,\n}')).to.deep.equal({a: 1});
    expect(parse('[{"a": [1,],},]')).to.deep.equal([{a: [1]}]);
  });
  it("accepts NaN, Infinity and -Infinity", () => {
    expect(parse('[NaN, Infinity, -Infinity]')).to.deep.equal([NaN, Infinity, -Infinity]);
  });
  it("keeps ] and { inside strings as text", () => {
    expect(parse('["]", "{", "\\"]"]')).to.deep.equal(["]", "{", '"]']);
  });
  it("returns the offset just after the value", () => {
    expect(parseJson('  [1] tail').end).to.equal(5);
    expect(parseJson('x[1]', 1).end).to.equal(4);
  });
  it("keeps __proto__ as an own property", () => {
    const value = parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(value)).to.deep.equal(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
  it("parses deep nesting without overflowing the stack", () => {
    const depth = 100000;
    expect(() => parseJson("[".repeat(depth) + "]".repeat(depth))).not.to.throw();
  });
  it("names the innermost unclosed container at the end of the input", () => {
    expect(error('[1, 2')).to.deep.equal({problem: "unclosed list", offset: 0});
    expect(error('[{"a": 1')).to.deep.equal({problem: "unclosed object", offset: 1});
    expect(error('["ab')).to.deep.equal({problem: "unterminated string", offset: 1});
  });
  it("names the unexpected token and where it is", () => {
    expect(error('[1 2]')).to.deep.equal({problem: 'expected , or ], found "2"', offset: 3});
    expect(error('{"a" 1}')).to.deep.equal({problem: 'expected :, found "1"', offset: 5});
    expect(error('{a: 1}')).to.deep.equal({problem: 'expected a property name, found "a"', offset: 1});
    expect(error('[tru]')).to.deep.equal({problem: 'expected a value, found "tru"', offset: 1});
    expect(error('[1,,2]')).to.deep.equal({problem: 'expected a value, found ","', offset: 3});
    expect(error('[01]')).to.deep.equal({problem: 'expected a value, found "01"', offset: 1});
    expect(error('["a\nb"]')).to.deep.equal({problem: "unterminated string", offset: 1});
    expect(error('["\\x"]')).to.deep.equal({problem: "invalid escape in string", offset: 1});
  });
  it("lists a key given twice in an object under REPEATED_KEYS, keeping the last value as JSON.parse does", () => {
    const value = parse('{"a": 1, "b": 2, "a": 3, "a": 4}') as Record<string | symbol, unknown>;
    expect(value).to.deep.equal(JSON.parse('{"a": 1, "b": 2, "a": 3, "a": 4}'));
    expect(value[REPEATED_KEYS]).to.deep.equal(["a", "a"]);
    expect(Object.keys(value)).to.deep.equal(["a", "b"]);
    expect((parse('{"a": 1}') as Record<symbol, unknown>)[REPEATED_KEYS]).to.equal(undefined);
  });
  it("shows invisible characters in the token it names", () => {
    expect(error("[\u00a0]")).to.deep.equal({problem: 'expected a value, found "\\u00a0"', offset: 1});
  });
});
