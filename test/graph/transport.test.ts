/**
 * The Graph client's HTTP exchange (src/graph/transport.ts) against real sockets on 127.0.0.1:
 * what undici used to give for free, kept.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HttpTransport } from "../../src/graph/transport.js";

const servers: (Server | TcpServer)[] = [];
const sockets = new Set<Socket>();
afterEach(async () => {
  // Closing a server waits for its connections: end them first.
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(server: Server | TcpServer): Promise<string> {
  servers.push(server);
  server.on("connection", (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return `http://127.0.0.1:${address.port}/`;
}

const ask = (
  transport: HttpTransport,
  url: string,
  extra: { timeoutMs?: number; maxBodyBytes?: number } = {},
) => transport.exchange({ method: "GET", url, headers: {}, timeoutMs: 5000, maxBodyBytes: 1024, ...extra });

describe("the Graph client's HTTP exchange", () => {
  it("keeps a repeated header as a list, as Meta may send two usage headers", async () => {
    const url = await listen(
      createHttpServer((_request, response) => {
        response.setHeader("x-business-use-case-usage", ['{"1":[]}', '{"2":[]}']);
        response.setHeader("x-app-usage", '{"call_count":1}');
        response.end("{}");
      }),
    );
    const transport = new HttpTransport(1000);
    const reply = await ask(transport, url);
    transport.close();
    expect(reply.statusCode).toBe(200);
    expect(reply.headers["x-business-use-case-usage"]).toEqual(['{"1":[]}', '{"2":[]}']);
    expect(reply.headers["x-app-usage"]).toBe('{"call_count":1}');
    expect(reply.body?.toString()).toBe("{}");
  });

  it("stops reading a body past its cap, and sends a POST body with its length", async () => {
    let received = "";
    const url = await listen(
      createHttpServer((request, response) => {
        request.on("data", (chunk: Buffer) => {
          received += chunk.toString();
        });
        request.on("end", () => {
          response.setHeader("content-length-sent", String(request.headers["content-length"]));
          response.end("x".repeat(4096));
        });
      }),
    );
    const transport = new HttpTransport(1000);
    const reply = await transport.exchange({
      method: "POST",
      url,
      headers: { "content-type": "application/json" },
      body: '{"é":1}',
      timeoutMs: 5000,
      maxBodyBytes: 1024,
    });
    transport.close();
    expect(reply.body).toBeUndefined();
    expect(received).toBe('{"é":1}');
    expect(reply.headers["content-length-sent"]).toBe(String(Buffer.byteLength('{"é":1}')));
  });

  it("a reply that is not HTTP fails with the parser's code; silence with a TimeoutError", async () => {
    const garbage = await listen(createTcpServer((socket) => socket.end("SSH-2.0-OpenSSH_9.6\r\n")));
    const silent = await listen(createTcpServer(() => {}));
    const transport = new HttpTransport(1000);
    const notHttp = (await ask(transport, garbage).catch((error: unknown) => error)) as { code?: string };
    const quiet = (await ask(transport, silent, { timeoutMs: 200 }).catch(
      (error: unknown) => error,
    )) as Error;
    transport.close();
    expect(notHttp.code).toMatch(/^HPE_/);
    expect(quiet.name).toBe("TimeoutError");
  });

  it("a POST after a GET gets a connection of its own, so a kept-alive one the server gave up on cannot lose it", async () => {
    // The server's idle timeout fires just as the next request comes on the same connection: it
    // drops it unanswered. Only a request on a connection of its own is answered.
    const answered: string[] = [];
    const url = await listen(
      createTcpServer((socket) => {
        let requests = 0;
        socket.on("data", (chunk: Buffer) => {
          requests++;
          if (requests > 1) {
            socket.destroy();
            return;
          }
          answered.push(chunk.toString("latin1").split(" ")[0]!);
          socket.write("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}");
        });
      }),
    );
    const transport = new HttpTransport(1000);
    await ask(transport, url);
    const post = await transport.exchange({
      method: "POST",
      url,
      headers: {},
      body: "{}",
      timeoutMs: 5000,
      maxBodyBytes: 1024,
    });
    transport.close();
    expect(post.statusCode).toBe(200);
    expect(answered).toEqual(["GET", "POST"]);
  });

  it("headers past 16 KiB fail with HPE_HEADER_OVERFLOW", async () => {
    const url = await listen(
      createHttpServer((_request, response) => {
        response.setHeader("x-padding", "p".repeat(20_000));
        response.end("{}");
      }),
    );
    const transport = new HttpTransport(1000);
    const error = (await ask(transport, url).catch((e: unknown) => e)) as { code?: string };
    transport.close();
    expect(error.code).toBe("HPE_HEADER_OVERFLOW");
  });
});
