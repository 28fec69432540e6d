/**
 * The guarded GitHub client's redirects (src/github/client.ts), against a 127.0.0.1 server: a
 * read follows them; a write only a 307/308, which keeps its method and body; a PUT (a secret's
 * write) never, since a 303 would turn it into a GET whose 2xx passes for a stored secret.
 */
import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { githubClient } from "../../src/github/client.js";

let server: Server;
let base = "";
const seen: string[] = [];

beforeEach(async () => {
  seen.length = 0;
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const redirect = /^\/from\/(\d{3})$/.exec(req.url ?? "");
    if (redirect) {
      res.writeHead(Number(redirect[1]), { location: `${base}/to` });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const client = () => githubClient({ token: "not-a-real-token", apiUrl: base, timeoutMs: 5000 });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "",
    (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ""}`,
  );

describe("guarded GitHub client: redirects", () => {
  it("a read follows a redirect", async () => {
    const response = await client().request("GET /from/301");
    expect(response.data).toEqual({ ok: true });
    expect(seen).toEqual(["GET /from/301", "GET /to"]);
  });

  it("a POST follows a 307 with its method (a renamed repository), but not a 303", async () => {
    await client().request("POST /from/307", { body: "x" });
    expect(seen).toEqual(["POST /from/307", "POST /to"]);
    expect(await failure(client().request("POST /from/303", { body: "x" }))).toContain(
      "a write is never redirected",
    );
  });

  for (const status of [301, 303, 307, 308]) {
    it(`a PUT answered ${status} is an error, never followed`, async () => {
      const message = await failure(
        client().request("PUT /from/{status}", { status: String(status), value: 1 }),
      );
      expect(message).toContain(`answered HTTP ${status} (a redirect); a write is never redirected`);
      expect(seen).toEqual([`PUT /from/${status}`]);
    });
  }
});
