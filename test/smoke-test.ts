import {expect} from "chai"; describe("smoke", () => { it("works", () => { expect(1).to.equal(1); }); });
