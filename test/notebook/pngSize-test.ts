import {expect} from "chai";
import {pngSize} from "../../src/notebook/pngSize";
import {png} from "./png";

describe("pngSize(png)", () => {
  it("reads the pixel size of a PNG without a resolution as CSS pixels", () => {
    expect(pngSize(png(640, 400))).to.deep.equal({width: 640, height: 400});
  });
  it("scales by the pHYs resolution, so a 300 dpi image has the size of its SVG", () => {
    expect(pngSize(png(2000, 1250, 300))).to.deep.equal({width: 640, height: 400});
  });
  it("accepts a Uint8Array view into a larger buffer", () => {
    const bytes = Buffer.concat([Buffer.alloc(3), png(10, 20)]);
    expect(pngSize(new Uint8Array(bytes.buffer, bytes.byteOffset + 3, bytes.length - 3))).to.deep.equal({width: 10, height: 20});
  });
  it("throws on bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("<svg></svg> and more bytes"))).to.throw("invalid png: bad signature");
  });
});
