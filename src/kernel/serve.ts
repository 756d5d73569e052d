import {createRequire} from "node:module";
import {parseMessage, replyFrames, type Message} from "./wire";

/** The connection file Jupyter writes for a kernel. */
export interface Connection {
  transport: string;
  ip: string;
  key: string;
  signature_scheme?: string;
  shell_port: number;
  iopub_port: number;
  control_port: number;
  stdin_port: number;
  hb_port: number;
}

/** How a handler answers one request: a reply on the socket it came from, outputs and status on IOPub. */
export interface Io {
  reply(msgType: string, content: object): void;
  publish(msgType: string, content: object): void;
}

export type Handler = (message: Message, io: Io, channel: "shell" | "control") => Promise<void>;

interface Socket extends AsyncIterable<Buffer[]> {
  bind(address: string): Promise<void>;
  send(frames: Buffer[]): Promise<void>;
  close(): void;
}

/**
 * Binds the five sockets of a Jupyter kernel and hands every shell and control request to `handle`, each wrapped
 * in busy and idle status messages; the heartbeat echoes. zeromq comes with tslab, so it is resolved from there.
 * Returns a function that closes the sockets.
 */
export async function serve(connection: Connection, handle: Handler, log: (line: string) => void): Promise<() => void> {
  if (connection.signature_scheme && connection.signature_scheme !== "hmac-sha256") throw new Error(`unsupported signature scheme: ${connection.signature_scheme}`);
  const zmq = createRequire(require.resolve("tslab/package.json"))("zeromq") as {[name: string]: new () => Socket};
  const iopub = new zmq.Publisher(), shell = new zmq.Router(), control = new zmq.Router(), stdin = new zmq.Router(), hb = new zmq.Reply();
  const address = (port: number) => `${connection.transport}://${connection.ip}:${port}`;
  await Promise.all([
    iopub.bind(address(connection.iopub_port)),
    shell.bind(address(connection.shell_port)),
    control.bind(address(connection.control_port)),
    stdin.bind(address(connection.stdin_port)),
    hb.bind(address(connection.hb_port))
  ]);
  const send = serially();
  const {key} = connection;
  const listen = async (socket: Socket, channel: "shell" | "control") => {
    for await (const frames of socket) {
      let message: Message;
      try {
        message = parseMessage(frames, key);
      } catch (error) {
        log(`${channel}: ${(error as Error).message}`);
        continue;
      }
      const io: Io = {
        reply: (msgType, content) => send(socket, replyFrames(message, msgType, content, key)),
        publish: (msgType, content) => send(iopub, replyFrames(message, msgType, content, key, [Buffer.from(msgType)]))
      };
      // Not awaited: a kernel_info or interrupt request is answered while a cell runs; cells queue in the handler.
      io.publish("status", {execution_state: "busy"});
      handle(message, io, channel)
        .catch((error) => log(`${message.header.msg_type}: ${(error as Error).stack ?? error}`))
        .finally(() => io.publish("status", {execution_state: "idle"}));
    }
  };
  const echo = async () => {
    for await (const frames of hb) await hb.send(frames);
  };
  const closed = (error: unknown) => {
    if (!/closed|terminated/i.test(String((error as Error)?.message))) log(`socket: ${(error as Error)?.message ?? error}`);
  };
  listen(shell, "shell").catch(closed);
  listen(control, "control").catch(closed);
  echo().catch(closed);
  return () => [iopub, shell, control, stdin, hb].forEach((socket) => socket.close());
}

// A zeromq socket takes one send at a time; later ones wait for it, in order.
function serially() {
  const queues = new Map<Socket, Promise<void>>();
  return (socket: Socket, frames: Buffer[]) => {
    const next = (queues.get(socket) ?? Promise.resolve()).then(() => socket.send(frames)).catch(() => undefined);
    queues.set(socket, next);
  };
}
