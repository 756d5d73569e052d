import {expect} from "chai";
import {createHmac} from "node:crypto";
import {parseMessage, replyFrames} from "../../src/kernel/wire";

const key = "secret";
function frames(content: object, signWith = key) {
  const parts = [{msg_id: "a", msg_type: "execute_request", session: "s", username: "u", date: "", version: "5.3"}, {}, {}, content].map((p) => Buffer.from(JSON.stringify(p)));
  const hmac = createHmac("sha256", signWith);
  for (const part of parts) hmac.update(part);
  return [Buffer.from("id1"), Buffer.from("<IDS|MSG>"), Buffer.from(hmac.digest("hex")), ...parts];
}

describe("parseMessage(frames, key) and replyFrames(parent, type, content, key)", () => {
  it("reads the identities, header and content of a signed message", () => {
    const message = parseMessage(frames({code: "1"}), key);
    expect(message.identities.map(String)).to.deep.equal(["id1"]);
    expect(message.header.msg_type).to.equal("execute_request");
    expect(message.content).to.deep.equal({code: "1"});
  });
  it("refuses a message signed with another key, or without its delimiter", () => {
    expect(() => parseMessage(frames({}, "other"), key)).to.throw("invalid message: bad signature");
    expect(() => parseMessage(frames({}).filter((f) => String(f) !== "<IDS|MSG>"), key)).to.throw("invalid message: 6 frames, delimiter at -1");
  });
  it("answers with the parent's identities and session, signed, and parses back", () => {
    const parent = parseMessage(frames({}), key);
    const reply = parseMessage(replyFrames(parent, "execute_reply", {status: "ok"}, key), key);
    expect(reply.identities.map(String)).to.deep.equal(["id1"]);
    expect(reply.parent_header.msg_id).to.equal("a");
    expect([reply.header.msg_type, reply.header.session, reply.header.version]).to.deep.equal(["execute_reply", "s", "5.3"]);
    expect(reply.content).to.deep.equal({status: "ok"});
  });
});
