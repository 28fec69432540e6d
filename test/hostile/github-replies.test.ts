/**
 * Hostile or broken GitHub API replies met by the expiry watch, through the bundled action: a
 * server that never answers, a `Link` header that points at another host, an HTML page instead
 * of JSON. Each ends in one line naming the call and what happened, within timeout-seconds; the
 * GitHub token goes nowhere but GITHUB_API_URL; never an internal error; the token's own status
 * and summary are still written.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ActionRun, leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { GitHubStandin } from "../helpers/github-standin.js";
import { fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";

const { tokens, config, allSecrets } = fixtures();
const WRITE = "ghs_write_token_for_hostile_tests";

/** A bare HTTP server on 127.0.0.1 answering with `handle`, recording each request. */
class RawServer {
  readonly requests: { url: string; authorization?: string }[] = [];
  url = "";
  private server: Server | undefined;
  constructor(private readonly handle: (req: IncomingMessage, res: ServerResponse) => void) {}
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push({
        url: req.url ?? "",
        ...(req.headers.authorization && { authorization: req.headers.authorization }),
      });
      this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    return this;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

let graph: GraphStandin;
const servers: { stop(): Promise<void> }[] = [];
beforeAll(async () => {
  graph = await startStandin(config);
});
afterAll(async () => {
  await graph.stop();
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

async function watch(apiUrl: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction(
    {
      token: tokens.sixtyDayWarning,
      "graph-api-url": graph.url,
      "open-issue": "true",
      "github-token": WRITE,
      ...extra,
    },
    { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: "acme/bot" },
  );
  expect(leaksOutsideMask(run.everything, [...allSecrets, WRITE])).toEqual([]);
  expect(run.everything).not.toContain("internal error");
  // The token's own verdict is reported whatever happened to the issue.
  expect(run.outputs.status).toBe("warning");
  expect(run.summary).toContain("Expiry issue");
  return run;
}

const issueError = (run: ActionRun) =>
  run.stdout.split("\n").find((line) => line.startsWith("::error title=Expiry issue::")) ?? "";

describe("the GitHub API under faults", () => {
  it("a server that never answers: bounded by timeout-seconds, naming the call", {
    timeout: 60_000,
  }, async () => {
    const silent = await new RawServer(() => {}).start();
    servers.push(silent);
    const run = await watch(`${silent.url}/api/v3`, { "timeout-seconds": "2" });
    expect(run.code).toBe(1);
    expect(issueError(run)).toContain(
      "GET /api/v3/repos/acme/bot/issues: no answer from the GitHub API within 2 s (timeout-seconds)",
    );
  });

  it("a Link header to another host is not followed: the token is never sent there", async () => {
    const elsewhere = await new RawServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("[]");
    }).start();
    servers.push(elsewhere);
    const github = await new GitHubStandin({ tokens: { [WRITE]: "write" } }).start();
    servers.push(github);
    github.linkBase = elsewhere.url;
    for (let n = 0; n < 101; n++) {
      github.addIssue({
        title: `other ${n}`,
        body: "",
        state: "closed",
        labels: ["wa-token-guard"],
        assignees: [],
      });
    }
    const run = await watch(github.apiUrl);
    expect(elsewhere.requests).toEqual([]);
    expect(run.code).toBe(1);
    expect(issueError(run)).toContain(`not at ${github.url} (GITHUB_API_URL); it was not followed`);
  });

  it("an HTML page instead of JSON says so, with the status and content type", async () => {
    const portal = await new RawServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!DOCTYPE html><html><body>Sign in to your proxy</body></html>");
    }).start();
    servers.push(portal);
    const run = await watch(`${portal.url}/api/v3`);
    expect(run.code).toBe(1);
    expect(issueError(run)).toContain(
      "GET /api/v3/repos/acme/bot/issues: the GitHub API answered HTTP 200 with text/html; charset=utf-8, not JSON; is GITHUB_API_URL right?",
    );
  });

  it("an HTML error page (HTTP 502) too, without the page in the message", async () => {
    const gateway = await new RawServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(`<html><body>${"Bad gateway ".repeat(10_000)}</body></html>`);
    }).start();
    servers.push(gateway);
    const run = await watch(`${gateway.url}/api/v3`);
    expect(issueError(run)).toContain("answered HTTP 502 with text/html, not JSON");
    expect(issueError(run)).not.toContain("Bad gateway");
  });
});

describe("issue bodies are reply text too", () => {
  it("a marker whose name holds a line break and a command is not read as a watched name", async () => {
    const github = await new GitHubStandin({ tokens: { [WRITE]: "write" } }).start();
    servers.push(github);
    const { createHash } = await import("node:crypto");
    const print = createHash("sha256").update(tokens.sixtyDayWarning, "utf8").digest("hex").slice(0, 32);
    github.addIssue({
      title: "forged",
      body: `<!-- wa-token-guard:expiry-watch name="x\n::warning::forged\u001b[2J" state="failed" fingerprint="${print}" -->`,
      state: "closed",
      labels: ["wa-token-guard"],
      assignees: [],
    });
    const run = await watch(github.apiUrl, { name: "prod" });
    expect(run.everything).not.toContain("forged");
    expect(/\u001b/.test(run.everything)).toBe(false);
  });
});
