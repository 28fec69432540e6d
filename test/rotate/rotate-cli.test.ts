/**
 * `wa-token-guard rotate` as a user runs it: the bundled CLI in a folder with a real .env, against
 * the Graph API and GitHub stand-ins (the GitHub one decrypts what it stores). No token byte may
 * reach the terminal.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubStandin } from "../helpers/github-standin.js";
import { APP_ID, fixtures, PHONE_ID, RECIPIENT, startStandin } from "../helpers/graph-fixtures.js";
import type { GraphStandin } from "../helpers/graph-standin.js";
import { CLI, NODE } from "../helpers/repo.js";
import { leakedIn } from "../helpers/tokens.js";

const SECRETS = "github_pat_secrets_write_for_cli_tests";
let graph: GraphStandin;
let github: GitHubStandin;
let f: ReturnType<typeof fixtures>;

beforeEach(async () => {
  f = fixtures();
  graph = await startStandin(f.config);
  github = await new GitHubStandin({ tokens: { [SECRETS]: "secrets" } }).start();
});
afterEach(async () => {
  await graph.stop();
  await github.stop();
});

async function cli(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const child = spawn(NODE, [CLI, ...args, "--graph-api-url", graph.url], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOME: options.cwd, GITHUB_API_URL: github.apiUrl, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.end("");
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on("close", (status) => resolve(status ?? -1)));
  expect(leakedIn(stdout + stderr, [...f.allSecrets, ...graph.issued, SECRETS])).toEqual([]);
  return { code, stdout, stderr };
}

function folder(dotenv: string, mode = 0o600): string {
  const dir = mkdtempSync(join(tmpdir(), "wtg-rotate-"));
  writeFileSync(join(dir, ".env"), dotenv);
  chmodSync(join(dir, ".env"), mode);
  return dir;
}

const rotate = (args: string[], options: Parameters<typeof cli>[1]) =>
  cli(["rotate", "--app-id", APP_ID, ...args], options);
const plain = (token: string) => `WHATSAPP_TOKEN=${token}\nMETA_APP_SECRET=${f.tokens.secrets.app}\n`;

describe("wa-token-guard rotate", () => {
  it("refreshes a due token and replaces only its value in .env (CRLF, comments, quotes, export, last line), keeping the mode", async () => {
    const dotenvWith = (token: string) =>
      `# the bot\r\nexport WHATSAPP_TOKEN="${token}" # 60-day system user\r\n\r\nMETA_APP_SECRET=${f.tokens.secrets.app}\r\nOTHER=1`;
    const dir = folder(dotenvWith(f.tokens.sixtyDayWarning), 0o640);
    const run = await rotate([], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(graph.issued).toHaveLength(1);
    expect(readFileSync(join(dir, ".env"), "utf8") === dotenvWith(graph.issued[0]!)).toBe(true);
    expect(statSync(join(dir, ".env")).mode & 0o777).toBe(0o640);
    expect(run.stdout).toContain("token WHATSAPP_TOKEN (.env): expires");
    expect(run.stdout).toMatch(/rotated; the new token expires on \S+; stored in \.env \(WHATSAPP_TOKEN\)/);
  });

  it("the token line last without a newline", async () => {
    const dotenvWith = (token: string) => `META_APP_SECRET=${f.tokens.secrets.app}\nWHATSAPP_TOKEN=${token}`;
    const dir = folder(dotenvWith(f.tokens.sixtyDayWarning));
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, ".env"), "utf8") === dotenvWith(graph.issued[0]!)).toBe(true);
  });

  it("follows a symbolic link and replaces the file it points to", async () => {
    const dir = folder("");
    const real = join(dir, "secrets.env");
    writeFileSync(real, plain(f.tokens.sixtyDayWarning));
    const work = mkdtempSync(join(tmpdir(), "wtg-rotate-link-"));
    symlinkSync(real, join(work, ".env"));
    const run = await rotate([], { cwd: work });
    expect(run.code).toBe(0);
    expect(lstatSync(join(work, ".env")).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8").includes(`WHATSAPP_TOKEN=${graph.issued[0]}\n`)).toBe(true);
  });

  it("R3: --dry-run says what would happen, sends no test message, mints nothing and writes nothing", async () => {
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text);
    const run = await rotate(
      ["--dry-run", "--revoke-old", "--phone-number-id", PHONE_ID, "--test-recipient", RECIPIENT],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("dry run: would refresh it");
    expect(run.stdout).toContain("then revoke the old one; nothing was sent or written");
    expect(readFileSync(join(dir, ".env"), "utf8") === text).toBe(true);
    expect(graph.requests.filter((request) => request.method === "POST")).toEqual([]);
    expect(graph.issued).toEqual([]);
  });

  it("R4: a read-only .env is refused with exit 2 before anything is refreshed, and left as it was", async () => {
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text, 0o400);
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^wa-token-guard: \.env is read-only \(mode 400\): wa-token-guard never changes/,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(graph.issued).toEqual([]);
    expect(statSync(join(dir, ".env")).mode & 0o777).toBe(0o400);
    expect(readFileSync(join(dir, ".env"), "utf8") === text).toBe(true);
  });

  it("a token that is not due: exit 0 and a note; --force rotates it anyway", async () => {
    const text = plain(f.tokens.sixtyDay);
    const dir = folder(text);
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not due: 45 days left/);
    expect(readFileSync(join(dir, ".env"), "utf8") === text).toBe(true);
    const forced = await rotate(["--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, ".env"), "utf8").includes(`WHATSAPP_TOKEN=${graph.issued[0]}\n`)).toBe(
      true,
    );
  });

  it("a token from the environment without --github-secret: refused before anything is asked (exit 2)", async () => {
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await rotate([], { cwd: dir, env: { WHATSAPP_TOKEN: f.tokens.sixtyDayWarning } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^wa-token-guard: WHATSAPP_TOKEN comes from the environment, so there is nowhere/,
    );
    expect(graph.requests).toEqual([]);
  });

  it("--github-secret writes the repository secret (decrypted by the stand-in: exactly the new token)", async () => {
    await github.addSecret("repos/acme/bot/actions", "WHATSAPP_TOKEN");
    const dir = folder(`META_APP_SECRET=${f.tokens.secrets.app}\n`);
    const run = await rotate(["--github-secret", "acme/bot:WHATSAPP_TOKEN"], {
      cwd: dir,
      env: { WHATSAPP_TOKEN: f.tokens.sixtyDayWarning, GH_TOKEN: SECRETS },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(github.secret("repos/acme/bot/actions", "WHATSAPP_TOKEN")?.value === graph.issued[0]).toBe(true);
    expect(run.stdout).toContain("stored in repository secret WHATSAPP_TOKEN of acme/bot");
  });

  it("a new token that fails a check is not written; exit 1 with the step", async () => {
    graph.issueOverrides = { scopes: ["whatsapp_business_management"] };
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text);
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^wa-token-guard: rotation failed at step "verify"/);
    expect(readFileSync(join(dir, ".env"), "utf8") === text).toBe(true);
  });

  it("with --revoke-old, revokes the old token after .env holds the new one", async () => {
    const dir = folder(plain(f.tokens.sixtyDayWarning));
    const run = await rotate(["--revoke-old"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(graph.revoked.length === 1 && graph.revoked[0] === f.tokens.sixtyDayWarning).toBe(true);
    expect(readFileSync(join(dir, ".env"), "utf8").includes(graph.issued[0]!)).toBe(true);
  });

  it("a refresh that gets no answer is exit 2 (the Graph API did not answer, as the README says), .env untouched", async () => {
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text);
    graph.fail({ kind: "hang" }, 5, /oauth\/access_token/);
    const run = await rotate(["--timeout-seconds", "2"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wa-token-guard: rotation failed at step "refresh": .*was not sent again/);
    expect(readFileSync(join(dir, ".env"), "utf8") === text).toBe(true);
  });

  it("--rotate-days must be a whole number from 1 to 59: 14.5 is refused (exit 2) before anything is asked", async () => {
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text);
    const run = await rotate(["--rotate-days", "14.5"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rotate-days must be a whole number from 1 to 59, not "14.5"');
    expect(graph.issued).toEqual([]);
  });

  it("the same token in a second variable and a duplicate line: every one rewritten (nothing left holding the revoked token), and named", async () => {
    const old = f.tokens.sixtyDayWarning;
    const dotenvWith = (token: string) =>
      `WHATSAPP_TOKEN=${token}\nWHATSAPP_ACCESS_TOKEN=${token}\nMETA_APP_SECRET=${f.tokens.secrets.app}\nWHATSAPP_TOKEN=${token}\n`;
    const dir = folder(dotenvWith(old));
    const run = await rotate(["--revoke-old"], { cwd: dir });
    expect(run.code).toBe(0);
    const after = readFileSync(join(dir, ".env"), "utf8");
    expect(after === dotenvWith(graph.issued[0]!)).toBe(true);
    expect(after.includes(old)).toBe(false);
    expect(graph.revoked.length === 1 && graph.revoked[0] === old).toBe(true);
    expect(run.stdout).toContain("stored in .env (WHATSAPP_TOKEN, WHATSAPP_ACCESS_TOKEN)");
  });

  it("a hard-linked .env is refused with exit 2 before anything is refreshed: a rename would leave the other name holding the old token", async () => {
    const text = plain(f.tokens.sixtyDayWarning);
    const dir = folder(text);
    linkSync(join(dir, ".env"), join(dir, "prod.env"));
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wa-token-guard: \.env has 2 hard links \(other names for the same file\)/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(graph.issued).toEqual([]);
    expect(readFileSync(join(dir, "prod.env"), "utf8") === text).toBe(true);
  });

  it("a .env starting with a byte order mark: verify and rotate read its first key, and the mark is kept", async () => {
    const dotenvWith = (token: string) =>
      `\uFEFFWHATSAPP_TOKEN=${token}\nMETA_APP_SECRET=${f.tokens.secrets.app}\n`;
    const dir = folder(dotenvWith(f.tokens.sixtyDayWarning));
    const verify = await cli(["verify"], { cwd: dir });
    expect(verify.stderr).not.toContain("no token");
    expect([0, 1]).toContain(verify.code);
    const run = await rotate([], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, ".env"), "utf8") === dotenvWith(graph.issued[0]!)).toBe(true);
  });
});
