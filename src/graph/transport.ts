/**
 * One HTTP exchange for the Graph client, over Node's own `node:http` / `node:https`.
 *
 * Not undici: its entry point loads every dispatcher, fetch, WebSocket and the mocks before the
 * first request, ~50 ms of every action run and CLI verify (measured: `npm run bench -- action`);
 * Node's own client is already in the binary. What undici gave for free is done here:
 * - a time limit for the whole exchange and a shorter one for connecting (a host that never
 *   answers the SYN costs the connect limit, leaving the budget for a retry);
 * - the reply read up to a cap, streamed and cut, never buffered whole;
 * - repeated headers kept apart (a list), not joined with ", " as `message.headers` does;
 * - kept-alive connections for GETs, closed by `close()`; idle ones never keep the process
 *   alive. A POST always has a connection of its own (see exchange).
 * Failures are errors with a `code`: the system's (ECONNREFUSED, ENOTFOUND, ECONNRESET), Node's
 * parser's (HPE_HEADER_OVERFLOW past 16 KiB of headers, HPE_* for a reply that is not HTTP), or
 * an error named TimeoutError.
 */

import type { Agent, IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { readCapped } from "../http.js";

export type Headers = Record<string, string | string[] | undefined>;

/** Every value a header was sent with, in order: none, one, or each copy of a repeated one. */
export function headerValues(headers: Headers, name: string): string[] {
  const value = headers[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export interface ExchangeRequest {
  method: "GET" | "POST";
  url: string;
  headers: OutgoingHttpHeaders;
  body?: string;
  /** The whole exchange: connecting, sending, the headers and the body. */
  timeoutMs: number;
  /** The largest body read; a larger one ends the exchange with `body: undefined`. */
  maxBodyBytes: number;
}

export interface Exchange {
  statusCode: number;
  headers: Headers;
  /** undefined: the body was larger than `maxBodyBytes`, and reading stopped there. */
  body: Buffer | undefined;
}

/** What is used of node:http and node:https, which both have it. */
type Module = Pick<typeof import("node:http"), "Agent" | "request">;

export class HttpTransport {
  private readonly agents = new Map<string, Agent>();

  constructor(private readonly connectTimeoutMs: number) {}

  async exchange(request: ExchangeRequest): Promise<Exchange> {
    const url = new URL(request.url);
    // node:https loads TLS; a plain-http base URL (a local stand-in, a proxy) never needs it.
    const http: Module = url.protocol === "https:" ? await import("node:https") : await import("node:http");
    let agent = this.agents.get(url.protocol);
    if (!agent) {
      agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000 });
      this.agents.set(url.protocol, agent);
    }
    const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
    const headers = { ...request.headers, ...(body && { "content-length": body.length }) };
    return await new Promise<Exchange>((resolve, reject) => {
      const timers: NodeJS.Timeout[] = [];
      const settle = (error: unknown, exchange?: Exchange) => {
        for (const timer of timers) clearTimeout(timer);
        if (exchange) resolve(exchange);
        else reject(error);
      };
      // A POST goes on a fresh connection: on a kept-alive one the server may have closed, the
      // write fails and the call would be "unknown whether it was sent" though nothing was.
      const connection = request.method === "POST" ? false : agent;
      const outgoing = http.request(
        url,
        { method: request.method, headers, agent: connection },
        (message) => {
          read(message, request.maxBodyBytes).then(
            (exchange) => settle(undefined, exchange),
            (error: unknown) => settle(error),
          );
        },
      );
      timers.push(setTimeout(() => outgoing.destroy(timedOut("the reply")), request.timeoutMs));
      outgoing.on("socket", (socket) => {
        if (!socket.connecting) return;
        const connect = setTimeout(() => outgoing.destroy(timedOut("connecting")), this.connectTimeoutMs);
        timers.push(connect);
        socket.once("connect", () => clearTimeout(connect));
      });
      outgoing.on("error", (error) => settle(error));
      outgoing.end(body);
    });
  }

  /** Closes every kept-alive connection. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}

async function read(message: IncomingMessage, cap: number): Promise<Exchange> {
  const headers: Headers = {};
  for (const [name, values] of Object.entries(message.headersDistinct)) {
    if (values) headers[name] = values.length === 1 ? values[0] : values;
  }
  const body = await readCapped(message, cap, () => message.destroy());
  return { statusCode: message.statusCode ?? 0, headers, body };
}

function timedOut(during: string): Error {
  const error = new Error(`timed out waiting for ${during}`);
  error.name = "TimeoutError";
  return error;
}
