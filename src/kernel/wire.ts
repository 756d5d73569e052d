import {createHmac, randomBytes} from "node:crypto";

/** A Jupyter message as the wire protocol carries it, with the routing identities that precede it. */
export interface Message {
  identities: Buffer[];
  header: Header;
  parent_header: Partial<Header>;
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
  buffers: Buffer[];
}

export interface Header {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

const DELIMITER = Buffer.from("<IDS|MSG>");

/** Reads one multipart message, checking its HMAC-SHA256 signature when the connection has a key. */
export function parseMessage(frames: Buffer[], key: string): Message {
  const at = frames.findIndex((frame) => frame.equals(DELIMITER));
  if (at < 0 || frames.length < at + 6) throw new Error(`invalid message: ${frames.length} frames, delimiter at ${at}`);
  const [signature, header, parent, metadata, content, ...buffers] = frames.slice(at + 1);
  if (key && signature.toString() !== sign(key, [header, parent, metadata, content])) throw new Error("invalid message: bad signature");
  return {
    identities: frames.slice(0, at),
    header: JSON.parse(header.toString()),
    parent_header: JSON.parse(parent.toString()),
    metadata: JSON.parse(metadata.toString()),
    content: JSON.parse(content.toString()),
    buffers
  };
}

/** The frames of a message of `msgType` answering `parent`: same identities and session, a fresh id. */
export function replyFrames(parent: Message, msgType: string, content: object, key: string, identities: Buffer[] = parent.identities): Buffer[] {
  const header: Header = {
    msg_id: randomBytes(16).toString("hex"),
    msg_type: msgType,
    session: parent.header.session,
    username: parent.header.username,
    date: new Date().toISOString(),
    version: "5.3"
  };
  const parts = [header, parent.header, {}, content].map((part) => Buffer.from(JSON.stringify(part)));
  return [...identities, DELIMITER, Buffer.from(sign(key, parts)), ...parts];
}

function sign(key: string, parts: Buffer[]) {
  if (!key) return "";
  const hmac = createHmac("sha256", key);
  for (const part of parts) hmac.update(part);
  return hmac.digest("hex");
}
