/**
 * `wa-token-guard revoke` as a user runs it (the command the hook's advice names): the bundled CLI
 * against the Graph API stand-in. The token comes on standard input or from WHATSAPP_TOKEN (the
 * environment or .env), its app is read from the token itself, and no token byte is ever printed.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APP_ID, fixtures, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";
import { CLI, NODE } from "../helpers/repo.js";
import { leakedIn } from "../helpers/tokens.js";

let graph: GraphStandin;
let f: ReturnType<typeof fixtures>;
beforeEach(async () => {
  f = fixtures();
  graph = await startStandin(f.config);
});
afterEach(async () => {
  await graph.stop();
});

async function revoke(
  args: string[],
  /** stdin: what is piped, then closed; `open`: a pipe nobody writes to or closes (until the exit). */
  options: { cwd: string; env?: Record<string, string>; stdin?: string | { open: true }; url?: string },
) {
  const child = spawn(NODE, [CLI, "revoke", ...args, "--graph-api-url", options.url ?? graph.url], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: options.cwd, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  if (typeof options.stdin === "object") child.on("exit", () => child.stdin.end());
  else child.stdin.end(options.stdin ?? "");
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (status) => resolve(status ?? -1)));
  expect(leakedIn(stdout + stderr, f.allSecrets)).toEqual([]);
  return { code, stdout, stderr };
}

function folder(dotenv: string): string {
  const dir = mkdtempSync(join(tmpdir(), "wtg-revoke-"));
  writeFileSync(join(dir, ".env"), dotenv);
  return dir;
}

describe("wa-token-guard revoke", () => {
  it("an open standard input nobody writes to does not hang it: WHATSAPP_TOKEN from the environment is revoked", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke([], {
      cwd: dir,
      env: { WHATSAPP_TOKEN: f.tokens.sixtyDay },
      stdin: { open: true },
    });
    expect(run.code).toBe(0);
    expect(graph.revoked.length === 1 && graph.revoked[0] === f.tokens.sixtyDay).toBe(true);
  });

  it('Meta answering {"success": false} is a definite no: exit 1, not revoked', async () => {
    graph.fail(
      {
        kind: "reply",
        status: 200,
        body: '{"success":false}',
        headers: { "content-type": "application/json" },
      },
      1,
      /oauth\/revoke/,
    );
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke(["--app-id", APP_ID], { cwd: dir, stdin: f.tokens.sixtyDay });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'revoke failed: Meta did not revoke the token (POST /oauth/revoke: Meta answered "success": false)',
    );
  });

  it("revokes the token piped on standard input, as its own app; prints it redacted only", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke([], { cwd: dir, stdin: `${f.tokens.sixtyDay}\n` });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(graph.revoked).toEqual([f.tokens.sixtyDay]);
    expect(run.stdout).toMatch(/^revoked EAA.+ of app 100000000000001: it stopped working now/);
    const call = graph.requests.find((request) => request.path.endsWith("/oauth/revoke"))!;
    expect(call.method).toBe("POST");
    expect(call.form).toMatchObject({ client_id: APP_ID, revoke_token: f.tokens.sixtyDay });
    expect(call.url.includes(f.tokens.sixtyDay) || call.url.includes(f.tokens.secrets.app)).toBe(false);
  });

  it("with nothing piped, revokes WHATSAPP_TOKEN from .env (what the hook's advice says)", async () => {
    const dir = folder(`WHATSAPP_TOKEN=${f.tokens.systemUser}\nMETA_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke([], { cwd: dir });
    expect(run.code).toBe(0);
    expect(graph.revoked).toEqual([f.tokens.systemUser]);
  });

  it("revokes the token named by --token-env, with --app-id", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\nLEAKED=${f.tokens.sixtyDayWarning}\n`);
    const run = await revoke(["--app-id", APP_ID, "--token-env", "LEAKED"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(graph.revoked).toEqual([f.tokens.sixtyDayWarning]);
  });

  it("Meta refuses (a token of another app): exit 1, one line, nothing revoked", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke(["--app-id", APP_ID], { cwd: dir, stdin: f.tokens.otherApp });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^wa-token-guard: revoke failed: /);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(graph.revoked).toEqual([]);
  });

  it("a wrong app secret: exit 1, says to check the app secret, the secret never printed", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.other}\n`);
    const run = await revoke([], { cwd: dir, stdin: f.tokens.sixtyDay });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the app secret");
    expect(graph.revoked).toEqual([]);
  });

  it("no answer: exit 2, says the token may or may not be revoked", async () => {
    graph.fail({ kind: "reset" }, 1, /oauth\/revoke/);
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke([], { cwd: dir, stdin: f.tokens.sixtyDay });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("may or may not be revoked");
    expect(graph.requests.filter((request) => /oauth\/revoke/.test(request.path))).toHaveLength(1);
  });

  it("no connection at all: exit 2, says it is not revoked (nothing was sent)", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await revoke(["--timeout-seconds", "2"], {
      cwd: dir,
      stdin: f.tokens.sixtyDay,
      url: "http://127.0.0.1:9",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^wa-token-guard: not revoked: .*connection refused.*, so nothing was sent; run again/,
    );
    expect(run.stderr).not.toContain("may or may not");
  });

  it("no token anywhere, or no app secret: exit 2 and what to do, before any call", async () => {
    const none = await revoke([], { cwd: folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("pipe it on standard input");
    const secretless = await revoke([], { cwd: folder(""), stdin: f.tokens.sixtyDay });
    expect(secretless.code).toBe(2);
    expect(secretless.stderr).toContain("revoke needs the app secret in META_APP_SECRET");
    expect(graph.requests).toEqual([]);
  });
});
