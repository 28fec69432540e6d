/**
 * Hostile Graph API replies, met the way users meet them: the bundled CLI and the bundled action
 * against the stand-in. Wrong-typed fields, garbage, HTML and huge replies each end in one clear
 * line that names the field (never "internal error", never a stack), the action still writes its
 * `status` and its summary, nothing is retried that would answer the same, and no secret shows.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { fixtures, PHONE_ID, RECIPIENT, useGraphStandin } from "../helpers/graph-fixtures.js";
import { CLI, NODE, runAsync } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const base = config.tokens[tokens.systemUser]!.data;

/** One token per wrong-typed debug_token reply, with the words the error must say. */
const WRONG: { what: string; data: Record<string, unknown>; says: string }[] = [
  {
    what: "expires_at as text",
    data: { ...base, expires_at: "1767312000" },
    says: "data.expires_at is text, expected a number of seconds",
  },
  {
    what: "expires_at 1e20",
    data: { ...base, expires_at: 1e20 },
    says: "data.expires_at is 100000000000000000000, out of range for a number of seconds",
  },
  {
    what: "scopes a string",
    data: { ...base, scopes: "whatsapp_business_messaging,whatsapp_business_management" },
    says: "data.scopes is text, expected a list",
  },
  {
    what: "granular_scopes {}",
    data: { ...base, granular_scopes: {} },
    says: "data.granular_scopes is an object, expected a list",
  },
  {
    what: "target_ids not a list",
    data: {
      ...base,
      granular_scopes: [{ scope: "whatsapp_business_management", target_ids: "300000000000003" }],
    },
    says: "data.granular_scopes[0].target_ids is text, expected a list",
  },
  { what: "type a number", data: { ...base, type: 3 }, says: "data.type is the number 3, expected text" },
  { what: "is_valid missing", data: { ...base, is_valid: undefined }, says: "data.is_valid is missing" },
  {
    what: "is_valid as text",
    data: { ...base, is_valid: "true" },
    says: "data.is_valid is text, expected true or false",
  },
];
const wrongTokens = WRONG.map((entry, index) => {
  const token = accessToken({ seed: 90_000 + index });
  config.tokens[token] = { data: entry.data };
  return token;
});
const secrets = [...allSecrets, ...wrongTokens];
const standin = useGraphStandin(config);

afterEach(() => {
  standin().clearFaults();
  standin().requests.length = 0;
});

async function cli(args: string[], token: string) {
  const cwd = mkdtempSync(join(tmpdir(), "wtg-hostile-"));
  const { code, all: output } = await runAsync(
    NODE,
    [CLI, "verify", "--graph-api-url", standin().url, ...args],
    cwd,
    {
      PATH: process.env.PATH,
      HOME: cwd,
      WHATSAPP_TOKEN: token,
    },
  );
  expect(leakedIn(output, secrets)).toEqual([]);
  expect(output).not.toContain("internal error");
  expect(output).not.toMatch(/\n\s+at /);
  return { code, output };
}

/** The bundled action, asked to send the test message (a system-user token, the phone number). */
const sendTestMessage = () =>
  runAction({
    "graph-api-url": standin().url,
    token: tokens.systemUser,
    "phone-number-id": PHONE_ID,
    "test-recipient": RECIPIENT,
  });

describe("wrong-typed debug_token replies", () => {
  it.each(
    WRONG.map((entry, index) => [entry.what, entry.says, index] as const),
  )("%s: the CLI names the field and exits 2", async (_what, says, index) => {
    const run = await cli([], wrongTokens[index]!);
    expect(run.code).toBe(2);
    expect(run.output).toContain(`GET /debug_token: unexpected reply from the Graph API: ${says}`);
    expect(standin().requests).toHaveLength(1);
  });

  it("the action writes status and its summary, names the field, and fails the step", async () => {
    const run = await runAction({ "graph-api-url": standin().url, token: wrongTokens[0]! });
    expect(run.code).toBe(1);
    // A reply the client cannot use says nothing about the token: its own state (issue 10, item 13).
    expect(run.outputs).toMatchObject({ status: "unanswered", valid: "" });
    expect(run.summary).toContain("data.expires_at is text, expected a number of seconds");
    expect(run.everything).not.toContain("internal error");
    expect(leaksOutsideMask(run.everything, secrets)).toEqual([]);
  });
});

describe("other endpoints' replies are checked too", () => {
  it("a phone number whose quality_rating is a number", async () => {
    standin().fail(
      { kind: "reply", body: JSON.stringify({ id: PHONE_ID, quality_rating: 5, verified_name: "Acme" }) },
      1,
      new RegExp(`/${PHONE_ID}$`),
    );
    const run = await cli(["--phone-number-id", PHONE_ID], tokens.systemUser);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `GET /${PHONE_ID}: unexpected reply from the Graph API: quality_rating is the number 5, expected text`,
    );
  });

  it("a sent message without a message id, and never sent twice", async () => {
    standin().fail(
      { kind: "reply", body: JSON.stringify({ messaging_product: "whatsapp", messages: [] }) },
      1,
      /messages$/,
    );
    const run = await sendTestMessage();
    expect(run.outputs.status).toBe("unanswered");
    expect(run.summary).toContain("messages is an empty list, expected at least 1 entry");
    expect(standin().requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a Graph error whose code is text", async () => {
    standin().fail({ kind: "reply", status: 400, body: '{"error":{"code":"190","message":"bad"}}' });
    const run = await cli([], tokens.systemUser);
    expect(run.code).toBe(2);
    expect(run.output).toContain(
      "the Graph API's error reply is malformed: error.code is text, expected a numeric code",
    );
  });
});

describe("garbage and size", () => {
  it("garbage and HTML with HTTP 200 are not retried, and say what came back", async () => {
    for (const [kind, says] of [
      ["garbage", "a reply that is not JSON"],
      ["html", "an HTML page"],
    ] as const) {
      standin().fail({ kind }, 5);
      const run = await cli([], tokens.systemUser);
      expect(run.code).toBe(2);
      expect(run.output).toContain(`GET /debug_token: the Graph API answered HTTP 200 with ${says}`);
      expect(standin().requests).toHaveLength(1);
      standin().requests.length = 0;
      standin().clearFaults();
    }
  });

  it("headers too large to read are an answer that cannot be read: not retried, not 'cannot reach'", async () => {
    standin().fail(
      { kind: "reply", status: 200, body: "{}", headers: { "x-padding": "a".repeat(200_000) } },
      50,
    );
    const run = await cli([], tokens.systemUser);
    expect(run.code).toBe(2);
    expect(run.output).toContain("GET /debug_token: the Graph API answered with headers too large to read");
    expect(run.output).not.toContain("cannot reach");
    expect(standin().requests).toHaveLength(1);
  });

  it("a reply of 256 MB is cut at 4 MiB, is not retried, and says so", { timeout: 120_000 }, async () => {
    standin().fail({ kind: "huge", bytes: 256 * 1024 * 1024 }, 5);
    const run = await cli([], tokens.systemUser);
    expect(run.code).toBe(2);
    expect(run.output).toContain("GET /debug_token: the reply is larger than 4 MiB");
    expect(standin().requests).toHaveLength(1);
  });

  it("the action under a huge reply still writes status and summary", { timeout: 120_000 }, async () => {
    standin().fail({ kind: "huge", bytes: 64 * 1024 * 1024 }, 5);
    const run = await runAction({ "graph-api-url": standin().url, token: tokens.systemUser });
    expect(run.outputs.status).toBe("unanswered");
    expect(run.summary).toContain("the reply is larger than 4 MiB");
  });
});

describe("rate limits and lost answers, through the action", () => {
  it("a 3600 s Retry-After: one request, then stop and say when to try again", async () => {
    standin().fail({ kind: "rate-limit", code: 80008, retryAfter: 3600 }, 50);
    const before = Date.now();
    const run = await runAction({ "graph-api-url": standin().url, token: tokens.systemUser });
    expect(standin().requests).toHaveLength(1);
    expect(run.outputs.status).toBe("unanswered"); // no answer is its own state (issue 10, item 13)
    const when = /Try again after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)/.exec(run.summary)?.[1];
    expect(when).toBeDefined();
    expect(Date.parse(when!)).toBeGreaterThanOrEqual(before + 3_599_000);
    expect(run.stdout).toMatch(/^::error.*try again after \d{4}-/im);
    expect(leaksOutsideMask(run.everything, secrets)).toEqual([]);
  });

  it("estimated_time_to_regain_access beyond the budget stops at once too", async () => {
    standin().fail({ kind: "rate-limit", code: 80008, regainMinutes: 30 }, 50);
    const run = await cli([], tokens.systemUser);
    expect(standin().requests).toHaveLength(1);
    expect(run.output).toContain("asks to wait longer than the time budget");
    expect(run.output).toMatch(/Try again after \d{4}-/);
  });

  it("a test message answered 'unknown error' (code 1) is unknown, not refused, and sent once", async () => {
    // Code 1 covers Meta's own downtime: the message may have gone out.
    for (const status of [500, 400]) {
      standin().requests.length = 0;
      standin().fail(
        {
          kind: "reply",
          status,
          body: JSON.stringify({
            error: { message: "An unknown error occurred", type: "OAuthException", code: 1 },
          }),
        },
        5,
        /messages$/,
      );
      const run = await sendTestMessage();
      standin().clearFaults();
      expect(run.outputs.status).toBe("unanswered");
      expect(run.summary).toContain(
        "unknown whether it was sent: Meta answered with an unknown error (code 1)",
      );
      expect(run.summary).toContain("Check the recipient&#39;s phone before running again");
      expect(standin().requests.filter((request) => request.method === "POST")).toHaveLength(1);
    }
  });

  it("a redirect is not followed, and its body is no answer", async () => {
    const body = JSON.stringify({ data: { is_valid: true } });
    standin().fail({ kind: "reply", status: 307, body, headers: { location: "http://127.0.0.1:9/" } }, 5);
    const run = await runAction({ "graph-api-url": standin().url, token: tokens.systemUser });
    standin().clearFaults();
    expect(run.outputs.status).toBe("unanswered");
    expect(run.outputs.valid).toBe("");
    expect(run.stdout).toContain("answered HTTP 307, a redirect, which is not followed");
    expect(standin().requests).toHaveLength(1);
  });

  it("a test message whose connection drops after Meta received it is sent exactly once", async () => {
    standin().fail({ kind: "reset" }, 5, /messages$/);
    const run = await sendTestMessage();
    expect(run.outputs.status).toBe("unanswered");
    expect(run.summary).toContain("connection dropped");
    expect(standin().requests.filter((request) => request.method === "POST")).toHaveLength(1);
  });
});
