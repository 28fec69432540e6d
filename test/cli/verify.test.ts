/** `wa-token-guard verify` as a user runs it: the bundled CLI against the Graph API stand-in. */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, PHONE_ID, useGraphStandin } from "../helpers/graph-fixtures.js";
import { CLI, NODE } from "../helpers/repo.js";
import { leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);

async function verify(
  args: string[],
  env: Record<string, string> = {},
  cwd = mkdtempSync(join(tmpdir(), "wtg-verify-")),
) {
  const child = spawn(NODE, [CLI, "verify", "--graph-api-url", standin().url, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (status) => resolve(status ?? -1)));
  expect(leakedIn(stdout + stderr, allSecrets)).toEqual([]);
  return { code, stdout, stderr };
}

describe("verify", () => {
  it("ok: prints the checks, exit 0", async () => {
    const run = await verify(["--phone-number-id", PHONE_ID], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("wa-token-guard verify: OK");
    expect(run.stdout).toMatch(/ok {4}Token is valid\s+yes/);
    expect(run.stdout).toContain("+1 555-000-1111");
  });

  it("failed: exit 1 with what to do under the failed check", async () => {
    const run = await verify([], { WHATSAPP_ACCESS_TOKEN: tokens.noMessaging });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("FAIL  Required permissions");
    expect(run.stdout).toContain("fix: Generate a new token with whatsapp_business_messaging");
    expect(run.stdout).not.toContain("->");
  });

  it("reads the token from .env, and the app secret with --app-id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wtg-verify-env-"));
    writeFileSync(
      join(dir, ".env"),
      `# bot\nBOT_TOKEN="${tokens.expired}"\nMETA_APP_SECRET=${tokens.secrets.app}\n`,
    );
    const run = await verify(
      ["--token-env", "BOT_TOKEN", "--app-id", "100000000000001", "--format", "json"],
      {},
      dir,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, status: "failed" });
    expect(report.token.valid).toBe(false);
    expect(report.headline).toContain("expired");
    expect(report.checks[0]).toMatchObject({ id: "valid", status: "failed" });
  });

  it("warnings only: exit 0", async () => {
    const run = await verify(["--warn-days", "0", "--fail-days", "0"], { WHATSAPP_TOKEN: tokens.apiSetup });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("WARNING");
  });

  it("least privilege: extra permissions warn with the list; --allowed-scopes accepts them; any turns it off", async () => {
    const env = { WHATSAPP_TOKEN: tokens.overPrivileged };
    const extra = await verify([], env);
    expect(extra.code).toBe(0);
    expect(extra.stdout).toContain("wa-token-guard verify: WARNING");
    expect(extra.stdout).toMatch(/warn {2}Least privilege\s+also holds ads_management, pages_manage_posts\n/);
    // The advice names the option as this command takes it: a flag, not the action's input.
    expect(extra.stdout).toContain("or list these in --allowed-scopes.");
    const allowed = await verify(
      ["--allowed-scopes", "ads_management,pages_manage_posts", "--format", "json"],
      env,
    );
    const report = JSON.parse(allowed.stdout) as { status: string; checks: { id: string; status: string }[] };
    expect(report.checks.find((c) => c.id === "least-privilege")).toMatchObject({ status: "ok" });
    const off = await verify(["--allowed-scopes", "any", "--format", "json"], env);
    const none = JSON.parse(off.stdout) as { checks: { id: string }[] };
    expect(none.checks.some((c) => c.id === "least-privilege")).toBe(false);
  });

  it("usage errors and an unreachable API: exit 2, one line, no stack", async () => {
    const noToken = await verify([]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/^wa-token-guard: no token: set WHATSAPP_TOKEN or WHATSAPP_ACCESS_TOKEN/);
    const bad = await verify(["--warn-days", "x"], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--warn-days must be a number from 0 to 3650, not "x"');
    expect(bad.stderr).not.toContain("fail-days");
    const noSecret = await verify(["--app-id", "100000000000001"], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain("needs the app secret in META_APP_SECRET");
    const down = await verify(["--graph-api-url", "http://127.0.0.1:9", "--timeout-seconds", "1"], {
      WHATSAPP_TOKEN: tokens.systemUser,
    });
    expect(down.code).toBe(2);
    expect(down.stdout).toContain("cannot reach the Graph API");
    expect(down.stdout).toContain("fix: Check --graph-api-url and the network");
    expect(down.stdout).not.toMatch(/[^-]graph-api-url/);
    const typo = await verify(["--warn-dayz", "3"], { WHATSAPP_TOKEN: tokens.systemUser });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /^wa-token-guard: unknown option "--warn-dayz" \(did you mean --warn-days\? see --help\)\n$/,
    );
    // Node's own --env-file (which node reads first, when the file exists) points to --dotenv.
    const envFileDir = mkdtempSync(join(tmpdir(), "wtg-env-file-"));
    writeFileSync(join(envFileDir, "prod.env"), "A=1\n");
    const nodeFlag = await verify(["--env-file", join(envFileDir, "prod.env")], {
      WHATSAPP_TOKEN: tokens.systemUser,
    });
    expect(nodeFlag.code).toBe(2);
    expect(nodeFlag.stderr).toContain('unknown option "--env-file" (did you mean --dotenv? see --help)');
    for (const run of [noToken, bad, noSecret, typo]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("no answer from the Graph API is exit 2 whatever the cause (rate limit, HTTP 429, unreachable), 0 with --on-unanswered warn", async () => {
    const env = { WHATSAPP_TOKEN: tokens.systemUser };
    standin().fail({ kind: "rate-limit", code: 80008 }, 100);
    // A budget a loaded machine cannot miss before the first answer (which says "rate-limited").
    const limited = await verify(["--timeout-seconds", "5"], env);
    standin().clearFaults();
    expect(limited.code).toBe(2);
    expect(limited.stdout).toContain("wa-token-guard verify: NOT CHECKED");
    expect(limited.stdout).toContain("rate-limited");
    standin().fail({ kind: "server-error", status: 429, body: "Too Many Requests" }, 100);
    const tooMany = await verify(["--timeout-seconds", "1"], env);
    standin().clearFaults();
    expect(tooMany.code).toBe(2);
    const down = await verify(
      ["--graph-api-url", "http://127.0.0.1:9", "--timeout-seconds", "1", "--format", "json"],
      env,
    );
    expect(down.code).toBe(2);
    const report = JSON.parse(down.stdout);
    expect(report.status).toBe("unanswered");
    expect(report.token.valid).toBeUndefined();
    const lenient = await verify(
      ["--graph-api-url", "http://127.0.0.1:9", "--timeout-seconds", "1", "--on-unanswered", "warn"],
      env,
    );
    expect(lenient.code).toBe(0);
    for (const run of [limited, tooMany, down, lenient]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("verify --dotenv, once per environment", () => {
  const folder = () => {
    const cwd = mkdtempSync(join(tmpdir(), "wtg-verify-envs-"));
    return cwd;
  };

  it("two files holding the same token: a warning in each, naming the other file and the token redacted", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, ".env.production"), `WHATSAPP_TOKEN=${tokens.systemUser}\n`);
    writeFileSync(join(cwd, ".env.staging"), `WHATSAPP_TOKEN=${tokens.systemUser}\n`);
    // The shell's variable does not hide what the files hold.
    const run = await verify(
      ["--dotenv", ".env.production", "--dotenv", ".env.staging"],
      { WHATSAPP_TOKEN: tokens.sixtyDay },
      cwd,
    );
    expect(run.code).toBe(0);
    const shown = `${tokens.systemUser.slice(0, 4)}…${tokens.systemUser.slice(-2)} (${tokens.systemUser.length} chars)`;
    expect(run.stdout).toContain(`the token of .env.production (${shown}) is also the token of .env.staging`);
    expect(run.stdout).toContain(`the token of .env.staging (${shown}) is also the token of .env.production`);
    expect(run.stdout).toMatch(/^\.env\.production:\nwa-token-guard verify: WARNING/m);
  });

  it("two files with their own tokens: each checked, no warning; JSON lists both", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, "prod.env"), `WHATSAPP_TOKEN=${tokens.systemUser}\n`);
    writeFileSync(join(cwd, "staging.env"), `WHATSAPP_TOKEN=${tokens.sixtyDay}\n`);
    const run = await verify(
      ["--dotenv", "prod.env", "--dotenv", "staging.env", "--format", "json"],
      {},
      cwd,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; status: string; checks: { id: string; status: string }[] }[];
    };
    expect(report.files.map((f) => f.file)).toEqual(["prod.env", "staging.env"]);
    for (const file of report.files) {
      expect(file.checks.find((c) => c.id === "shared-token")).toMatchObject({ status: "ok" });
    }
  });

  it("one file named twice is a usage error, not a token shared with itself", async () => {
    const cwd = folder();
    writeFileSync(join(cwd, ".env.prod"), `WHATSAPP_TOKEN=${tokens.systemUser}\n`);
    const run = await verify(["--dotenv", ".env.prod", "--dotenv", "./.env.prod"], {}, cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "wa-token-guard: --dotenv ./.env.prod: the same file as --dotenv .env.prod; name each file once\n",
    );
  });

  it("a missing file is a one-line error naming it, exit 2", async () => {
    const run = await verify(["--dotenv", "nope.env"], { WHATSAPP_TOKEN: tokens.systemUser }, folder());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("wa-token-guard: cannot read nope.env: ENOENT\n");
  });
});
