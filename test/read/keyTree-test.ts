import {expect} from "chai";
import {keyTree, pickKey} from "../../src/read/keyTree";

const bytes = (keys: string[]) => keys.map((key) => Buffer.from(key));
const text = (s: string) => Buffer.from(s + "\0".repeat(64));

describe("keyTree(keys)", () => {
  const keys = ["batch_size", "data_path", "device", "total_cpu_time (seconds)", "total_cpu_time (ms)", "total_cpu_memory (MB)", "total_image_memory (MB)", "rank", "ran", "rank (x)", "é"];
  const tree = keyTree(bytes(keys));

  it("picks each key by its text, a closing quote after it, whatever comes next", () => {
    keys.forEach((key, k) => {
      for (const after of ['": 1', '"}', '"\n', '"' + "x".repeat(40)]) expect(pickKey(tree, text(key + after), 0), key).to.equal(k);
    });
    expect(pickKey(tree, text('xx"rank": 1'), 3)).to.equal(keys.indexOf("rank"));
  });
  it("picks at most one key for any other text, reading no further than its depth", () => {
    for (const other of ['ranks"', 'devic"', "\0\0", 'total"', '"']) {
      const k = pickKey(tree, text(other), 0);
      expect(k).to.be.within(-1, keys.length - 1);
    }
    expect(pickKey(tree, text('zzz"'), 0)).to.equal(-1);
    expect(tree.depth).to.be.at.most(Math.max(...keys.map((key) => Buffer.byteLength(key))) + 1);
    const b = Buffer.from("rank");
    expect(() => pickKey(keyTree(bytes(["rank", "ran"])), Buffer.concat([b, Buffer.from('"')]), 0)).not.to.throw();
  });
  it("takes one key or none", () => {
    expect(pickKey(keyTree([]), text('a"'), 0)).to.equal(-1);
    expect(pickKey(keyTree(bytes(["device"])), text('gpu"'), 0)).to.equal(0);
  });
});
