/**
 * Text in Graph API replies is not ours: a `verified_name`, a display number, an error message or
 * a token type may hold a workflow command, terminal control characters, megabytes, or a secret in
 * another letter case. Through the bundled action and CLI against the stand-in: no reply line
 * becomes a `::command::`, no control character reaches the log, outputs or summary, every such
 * value is capped, a Graph error always shows Meta's code, subcode, type and message, and an
 * absurd wait asked by Meta ends in "try again after", never "Invalid time value".
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { leaksOutsideMask, runAction } from "../helpers/action-runner.js";
import { fixtures, useGraphStandin, WABA } from "../helpers/graph-fixtures.js";
import { CLI, NODE, runAsync } from "../helpers/repo.js";
import { accessToken, leakedIn } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
const base = config.tokens[tokens.systemUser]!.data;

const EVIL_PHONE = "500000000000077";
const HUGE_PHONE = "500000000000078";
config.phones![EVIL_PHONE] = {
  waba: WABA,
  info: {
    display_phone_number: "+1 555\r\n::set-output name=status::ok",
    verified_name: "Acme\n::warning title=pwned::injected\u001b[2J\u001b]0;title\u0007",
    quality_rating: "GREEN\n::add-mask::GREEN",
    status: "CONNECTED",
  },
};
config.phones![HUGE_PHONE] = {
  waba: WABA,
  info: { verified_name: "Acme Support ".repeat(150_000), quality_rating: "GREEN", status: "CONNECTED" },
};
/** A token whose debug_token `type` is a secret (the token itself): shown as Meta sent it, redacted. */
const typed = accessToken({ seed: 77_001 });
config.tokens[typed] = { data: { ...base, type: typed } };
const secrets = [...allSecrets, typed];
const standin = useGraphStandin(config);

afterEach(() => {
  standin().clearFaults();
  standin().requests.length = 0;
});

async function cli(args: string[], token = tokens.systemUser) {
  const cwd = mkdtempSync(join(tmpdir(), "wtg-reply-text-"));
  const run = await runAsync(NODE, [CLI, "verify", "--graph-api-url", standin().url, ...args], cwd, {
    PATH: process.env.PATH,
    HOME: cwd,
    WHATSAPP_TOKEN: token,
  });
  expect(leakedIn(run.all, secrets)).toEqual([]);
  expect(run.all).not.toMatch(/internal error|\n\s+at /);
  return run;
}

describe("workflow commands and control characters in reply text", () => {
  it("the action's log gets no command from a reply, and no control character anywhere", async () => {
    const run = await runAction({
      "graph-api-url": standin().url,
      token: tokens.systemUser,
      "phone-number-id": EVIL_PHONE,
    });
    expect(run.stdout).not.toMatch(/^\s*::warning title=pwned/m);
    expect(run.stdout).not.toMatch(/^\s*::add-mask::GREEN/m);
    expect(run.stdout).not.toMatch(/^\s*::set-output name=status::ok/m);
    for (const where of [run.stdout, run.summary, JSON.stringify(run.outputs)]) {
      expect(/[\u001b\u0007\r]/.test(where)).toBe(false);
    }
    expect(run.outputs["phone-number"]).toBe("+1 555::set-output name=status::ok");
    expect(leaksOutsideMask(run.everything, secrets)).toEqual([]);
  });

  it("the CLI prints the same values without their control characters", async () => {
    const run = await cli(["--phone-number-id", EVIL_PHONE]);
    expect(run.code).toBe(0);
    expect(/[\u001b\u0007\r]/.test(run.all)).toBe(false);
    expect(run.stdout).not.toMatch(/^\s*::/m);
    expect(run.stdout).toContain("Acme::warning title=pwned::injected[2J]0;title");
  });

  it("a Graph error message with a line break and a command stays on its line", async () => {
    standin().fail(
      {
        kind: "reply",
        status: 400,
        body: JSON.stringify({
          error: { message: "bad\n::error::forged\u001b[31m", type: "OAuthException", code: 368 },
        }),
      },
      1,
    );
    const run = await runAction({ "graph-api-url": standin().url, token: tokens.systemUser });
    expect(run.stdout).not.toMatch(/^\s*::error::forged/m);
    expect(/\u001b/.test(run.everything)).toBe(false);
  });
});

describe("every reply-derived value is capped", () => {
  it("a 2 MB verified_name reaches neither the summary nor the log whole", async () => {
    const run = await runAction({
      "graph-api-url": standin().url,
      token: tokens.systemUser,
      "phone-number-id": HUGE_PHONE,
    });
    expect(run.outputs.status).toBe("ok");
    expect(run.summary.length).toBeLessThan(20_000);
    expect(run.stdout.length).toBeLessThan(20_000);
    expect(run.stdout).toMatch(/Acme Support … \(\d+ more characters\)/);
  });

  it("a 1 MB Graph error message is capped too", async () => {
    standin().fail(
      {
        kind: "reply",
        status: 400,
        body: JSON.stringify({ error: { message: "x ".repeat(500_000), type: "OAuthException", code: 368 } }),
      },
      1,
    );
    const run = await cli([]);
    expect(run.code).toBe(1);
    expect(run.all.length).toBeLessThan(20_000);
    expect(run.all).toContain("more characters)");
  });
});

describe("a secret in a reply value, transformed for display", () => {
  it("a token sent back as the token type is redacted in every letter case", async () => {
    const run = await cli([], typed);
    expect(run.all.toLowerCase().includes(typed.toLowerCase())).toBe(false);
    expect(run.stdout).toContain(`type ${typed.slice(0, 4)}…`);
    const action = await runAction({ "graph-api-url": standin().url, token: typed });
    const shown = action.everything
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    expect(shown.toLowerCase().includes(typed.toLowerCase())).toBe(false);
  });
});

describe("Graph error codes this release does not know", () => {
  it("show Meta's code, subcode, type and message", async () => {
    standin().fail(
      {
        kind: "reply",
        status: 400,
        body: JSON.stringify({
          error: {
            message: "(#131999) Something Meta added later",
            type: "OAuthException",
            code: 131999,
            error_subcode: 2494999,
            fbtrace_id: "AbCdEfGhIjKlMnOpQrStUvW",
          },
        }),
      },
      1,
    );
    const run = await cli([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("code 131999/2494999, OAuthException: (#131999) Something Meta added later");
  });
});

describe("an absurd wait asked by Meta", () => {
  it.each([
    ["Retry-After: 1e20 seconds", { retryAfter: 1e20 }],
    ["estimated_time_to_regain_access: 1e300 minutes", { regainMinutes: 1e300 }],
  ])("%s: says when to retry, no internal error", async (_what, fault) => {
    standin().fail({ kind: "rate-limit", code: 80008, ...fault }, 5);
    const before = Date.now();
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.all).not.toContain("Invalid time value");
    const when = /Try again after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)/.exec(run.all)?.[1];
    expect(when).toBeDefined();
    expect(Date.parse(when!)).toBeGreaterThan(before);
    expect(standin().requests).toHaveLength(1);
  });

  it("the action too: status unanswered, a summary, and when to retry", async () => {
    standin().fail({ kind: "rate-limit", code: 80008, retryAfter: 1e20 }, 5);
    const run = await runAction({ "graph-api-url": standin().url, token: tokens.systemUser });
    expect(run.outputs.status).toBe("unanswered");
    expect(run.summary).toMatch(/Try again after \d{4}-/);
    expect(run.everything).not.toContain("internal error");
  });
});

describe("reply lists are bounded too", () => {
  it("200 000 scopes are a reply error naming the field, not a 4 MB output", async () => {
    const many = accessToken({ seed: 77_002 });
    standin().fail(
      {
        kind: "reply",
        body: JSON.stringify({
          data: { ...base, scopes: Array.from({ length: 200_000 }, (_, i) => `s${i}`) },
        }),
      },
      1,
      /debug_token$/,
    );
    const run = await cli([], many);
    expect(run.code).toBe(2);
    expect(run.all).toContain("data.scopes has 200000 entries, more than the 1000 expected");
    expect(run.all.length).toBeLessThan(20_000);
  });
});
