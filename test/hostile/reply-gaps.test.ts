/**
 * Replies that leave something out, or contradict each other, judged at their worst, never their
 * best: a debug_token without `expires_at` is not "never expires", one without a WhatsApp grant
 * does not "reach" the account, a grant with no accounts reaches none; a token debug_token calls
 * valid but that a data call refuses as expired or invalid is broken; and a test message whose
 * answer was lost is "unknown whether it was sent". The bundled CLI and action against the stand-in.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { fixtures, PHONE_ID, RECIPIENT, useGraphStandin, WABA } from "../helpers/graph-fixtures.js";
import { CLI, NODE, runAsync } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const base = config.tokens[tokens.systemUser]!.data;
const WA = ["whatsapp_business_management", "whatsapp_business_messaging"];

const make = (seed: number, data: Record<string, unknown>) => {
  const token = accessToken({ seed });
  config.tokens[token] = { data: { ...base, ...data } };
  return token;
};
const noExpiry = make(81_001, { expires_at: undefined });
const noGrants = make(81_002, { granular_scopes: undefined });
const noAccounts = make(81_003, { granular_scopes: WA.map((scope) => ({ scope, target_ids: [] })) });
const noScopes = make(81_004, { scopes: undefined, granular_scopes: undefined });
const secrets = [...allSecrets, noExpiry, noGrants, noAccounts, noScopes];
const standin = useGraphStandin(config);

afterEach(() => {
  standin().clearFaults();
  standin().requests.length = 0;
});

async function cli(args: string[], token: string) {
  const cwd = mkdtempSync(join(tmpdir(), "wtg-gaps-"));
  const run = await runAsync(
    NODE,
    [CLI, "verify", "--format", "json", "--graph-api-url", standin().url, ...args],
    cwd,
    { PATH: process.env.PATH, HOME: cwd, WHATSAPP_TOKEN: token },
  );
  expect(leakedIn(run.all, secrets)).toEqual([]);
  expect(run.all).not.toMatch(/internal error|\n\s+at /);
  const report = JSON.parse(run.stdout) as {
    status: string;
    checks: { id: string; status: string; value: string }[];
    token: { valid?: boolean };
  };
  const check = (id: string) => report.checks.find((c) => c.id === id);
  return { ...run, report, check };
}

describe("a field left out is unknown, not the best case", () => {
  it("no expires_at: the expiry is unknown and fails, never 'never'", async () => {
    const run = await cli([], noExpiry);
    expect(run.code).toBe(1);
    expect(run.check("expiry")).toMatchObject({ status: "failed" });
    expect(run.check("expiry")!.value).toMatch(/^unknown: /);
    expect(run.check("expiry")!.value).not.toContain("never");
  });

  it("no granular_scopes with waba-id: reaching the account cannot be confirmed", async () => {
    const run = await cli(["--waba-id", WABA], noGrants);
    expect(run.code).toBe(1);
    expect(run.check("assets")).toMatchObject({ status: "failed" });
    expect(run.check("assets")!.value).toMatch(/^unknown: /);
  });

  it("no granular_scopes without waba-id: a warning, not 'ok'", async () => {
    const run = await cli([], noGrants);
    expect(run.code).toBe(0);
    expect(run.check("assets")).toMatchObject({ status: "warning" });
  });

  it("target_ids [] reaches no account, with or without waba-id", async () => {
    for (const args of [[], ["--waba-id", WABA]]) {
      const run = await cli(args, noAccounts);
      expect(run.code).toBe(1);
      expect(run.check("assets")).toMatchObject({ status: "failed" });
      expect(run.check("assets")!.value).toContain("no account");
    }
  });

  it("no scopes: the permissions are unknown, and least privilege is not 'ok'", async () => {
    const run = await cli([], noScopes);
    expect(run.code).toBe(1);
    expect(run.check("scopes")).toMatchObject({ status: "failed" });
    expect(run.check("scopes")!.value).toMatch(/^unknown: /);
    expect(run.check("least-privilege")?.status).not.toBe("ok");
  });
});

describe("valid on debug_token, refused as dead by a data call", () => {
  const expired = {
    kind: "reply" as const,
    status: 400,
    body: JSON.stringify({
      error: {
        message:
          "Error validating access token: Session has expired on Tuesday, 30-Jun-26 09:00:00 PDT. The current time is Wednesday, 01-Jul-26 11:06:30 PDT.",
        type: "OAuthException",
        code: 190,
        error_subcode: 463,
        fbtrace_id: "AbCdEfGhIjKlMnOpQrStUvW",
      },
    }),
  };

  it("the CLI says the token is broken: valid false, exit 1", async () => {
    standin().fail(expired, 1, new RegExp(`/${PHONE_ID}$`));
    const run = await cli(["--phone-number-id", PHONE_ID], tokens.systemUser);
    expect(run.code).toBe(1);
    expect(run.report.token.valid).toBe(false);
    expect(run.check("valid")).toMatchObject({ status: "failed" });
    expect(run.check("valid")!.value).toContain("the token has expired");
  });

  it("the action: valid false, status failed", async () => {
    standin().fail(expired, 1, new RegExp(`/${PHONE_ID}$`));
    const run = await runAction({
      "graph-api-url": standin().url,
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "failed", valid: "false" });
    expect(leaksOutsideMask(run.everything, secrets)).toEqual([]);
  });
});

describe("a test message whose answer was lost", () => {
  it("is 'unknown whether it was sent', status unanswered, exit 2, sent once", {
    timeout: 60_000,
  }, async () => {
    standin().fail({ kind: "hang" }, 5, /messages$/);
    const run = await cli(
      ["--phone-number-id", PHONE_ID, "--test-recipient", RECIPIENT, "--timeout-seconds", "2"],
      tokens.systemUser,
    );
    expect(run.code).toBe(2);
    expect(run.report.status).toBe("unanswered");
    expect(run.check("message")).toMatchObject({ status: "unanswered" });
    expect(run.check("message")!.value).toMatch(/^unknown whether it was sent: /);
    expect(standin().requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a rate-limit refusal is 'not sent'", async () => {
    standin().fail({ kind: "rate-limit", code: 131056, retryAfter: 3600 }, 5, /messages$/);
    const run = await cli(["--phone-number-id", PHONE_ID, "--test-recipient", RECIPIENT], tokens.systemUser);
    expect(run.code).toBe(2);
    expect(run.check("message")!.value).toMatch(/^not sent: /);
  });
});
