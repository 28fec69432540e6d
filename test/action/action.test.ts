/**
 * The bundled action, run as the GitHub runner runs it, against the Graph API stand-in. Every
 * test also proves that no secret appears anywhere but in the `::add-mask::` line.
 */
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type ActionRun, leaksOutsideMask, overlongCells, runAction } from "../helpers/action-runner.js";
import {
  APP_ID,
  FRESH_RECIPIENT,
  fixtures,
  OTHER_APP_ID,
  PHONE_ID,
  PROOF_APP_ID,
  RECIPIENT,
  TEST_PHONE_ID,
  useGraphStandin,
  WABA,
} from "../helpers/graph-fixtures.js";
import { accessToken } from "../helpers/tokens.js";

const { tokens, config, allSecrets } = fixtures();
/** A token whose replies say its WhatsApp account's limit is used up, and when access returns. */
const throttled = accessToken({ appId: BigInt(APP_ID) });
config.tokens[throttled] = {
  data: { ...config.tokens[tokens.systemUser]!.data },
  usageHeaders: {
    "x-business-use-case-usage": JSON.stringify({
      [WABA]: [
        {
          type: "whatsapp_business_management",
          call_count: 100,
          total_cputime: 20,
          total_time: 30,
          estimated_time_to_regain_access: 25,
        },
      ],
    }),
  },
};
allSecrets.push(throttled);
/** A token whose replies carry usage headers in no documented form. */
const garbledUsage = accessToken({ appId: BigInt(APP_ID) });
config.tokens[garbledUsage] = {
  data: { ...config.tokens[tokens.systemUser]!.data },
  usageHeaders: {
    "x-business-use-case-usage": "{not json",
    "x-app-usage": JSON.stringify({ call_count: -3, total_time: 1, total_cputime: 1 }),
  },
};
allSecrets.push(garbledUsage);
const standin = useGraphStandin(config);
afterEach(() => {
  standin().requests.length = 0;
  standin().clearFaults();
});

async function check(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ "graph-api-url": standin().url, ...inputs });
  expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);
  // Whatever the state, nothing in the summary can be cut off at 1000 px.
  expect(overlongCells(run.summary)).toEqual([]);
  return run;
}

const annotations = (run: ActionRun, kind: "warning" | "error") =>
  run.stdout.split("\n").filter((line) => line.startsWith(`::${kind}`));

describe("action: token states", () => {
  it("a never-expiring system-user token: ok, with every output and a summary table", async () => {
    const run = await check({ token: tokens.systemUser });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      status: "ok",
      valid: "true",
      "token-type": "SYSTEM_USER",
      "app-id": "100000000000001",
      application: "Acme Support Bot",
      "missing-scopes": "",
      "expires-at": "never",
      "days-left": "",
      "data-access-expires-at": "never",
    });
    expect(run.outputs.scopes).toContain("whatsapp_business_messaging");
    expect(run.outputs["issued-at"]).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run.stdout).toContain(`::add-mask::${tokens.systemUser}`);
    expect(run.summary).toContain("<table>");
    expect(run.summary).toContain("Token is valid");
    expect(annotations(run, "warning")).toEqual([]);
    // The token travels in the Authorization header; only debug_token's input_token is in a URL.
    for (const request of standin().requests) {
      expect(request.url.replace(`input_token=${tokens.systemUser}`, "")).not.toContain(tokens.systemUser);
      expect(request.authorization).toBe(`Bearer ${tokens.systemUser}`);
    }
  });

  it("a 60-day token with 45 days left is ok; 10 days left warns; 2 days left fails", async () => {
    const fine = await check({ token: tokens.sixtyDay });
    expect(fine.outputs).toMatchObject({ status: "ok", "days-left": "45" });
    expect(fine.outputs["expires-at"]).toMatch(/Z$/);

    const soon = await check({ token: tokens.sixtyDayWarning });
    expect(soon.code).toBe(0);
    expect(soon.outputs).toMatchObject({ status: "warning", "days-left": "10" });
    expect(annotations(soon, "warning").some((line) => line.includes("title=Expires"))).toBe(true);

    const late = await check({ token: tokens.sixtyDayExpiringSoon });
    expect(late.code).toBe(1);
    expect(late.outputs).toMatchObject({ status: "failed", "days-left": "2" });
    expect(annotations(late, "error")).toHaveLength(1);
    expect(annotations(late, "error")[0]).toMatch(/^::error title=Expires::.*\(2 days left\)/);
    expect(late.summary).toContain("❌");

    const noFail = await check({ token: tokens.sixtyDayExpiringSoon, "fail-days": "0", "warn-days": "0" });
    expect(noFail.outputs.status).toBe("ok");
  });

  it("the 24-hour API Setup user token: the headline is the cause, hours not days; require-system-user fails it", async () => {
    const run = await check({ token: tokens.apiSetup, "warn-days": "0", "fail-days": "0" });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: "warning", "token-type": "USER", "days-left": "0" });
    const warning = annotations(run, "warning").join("\n");
    expect(warning).toContain(
      "title=Token type::The temporary user token from API Setup (expires in 19 hours)",
    );
    expect(run.summary).toMatch(
      /<p>⚠️ <strong>Warning<\/strong>: This is the 24-hour user token from App Dashboard → WhatsApp → API Setup: replace it with a system-user token.<\/p>/,
    );
    expect(run.summary).toContain("System users");
    expect(run.summary).toMatch(/Expires<\/td><td>[^<]*\(19 hours left\)/);
    expect(run.summary).not.toContain("0 days");

    // Expired, it is still named for what it is: the headline is the cause, not the expiry (only
    // the app token can still inspect it: an expired token cannot inspect itself).
    const expired = await check({
      token: tokens.apiSetupExpired,
      "app-id": "100000000000001",
      "app-secret": tokens.secrets.app,
    });
    expect(expired.outputs).toMatchObject({ status: "failed", valid: "false" });
    expect(expired.summary).toContain("<strong>Failed</strong>: This is the 24-hour user token");
    expect(expired.summary).toContain("the temporary user token from API Setup (expired)");

    const defaults = await check({ token: tokens.apiSetup });
    expect(defaults.outputs.status).toBe("failed");
    expect(defaults.summary).toContain("<strong>Failed</strong>: This is the 24-hour user token");

    const strict = await check({
      token: tokens.apiSetup,
      "require-system-user": "true",
      "warn-days": "0",
      "fail-days": "0",
    });
    expect(strict.code).toBe(1);
    expect(strict.outputs.status).toBe("failed");
  });

  it("an expired token (HTTP 200 with data.error 463) fails with the reason, inspected with the app token", async () => {
    const run = await check({
      token: tokens.expired,
      "app-id": "100000000000001",
      "app-secret": tokens.secrets.app,
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "failed", valid: "false" });
    expect(annotations(run, "error")[0]).toContain("the token has expired");
    expect(standin().requests[0]!.authorization).toBe(`Bearer 100000000000001|${tokens.secrets.app}`);
    expect(standin().requests[0]!.query.appsecret_proof).toMatch(/^[0-9a-f]{64}$/);
  });

  it("an expired token inspecting itself (caller-side 190/463) fails the same way", async () => {
    const run = await check({ token: tokens.expired });
    expect(run.code).toBe(1);
    expect(annotations(run, "error")[0]).toContain("the token has expired");
  });

  it("a revoked token fails; garbage fails as unparseable; an unknown EAA token fails", async () => {
    const app = { "app-id": "100000000000001", "app-secret": tokens.secrets.app };
    const revoked = await check({ token: tokens.revoked, ...app });
    expect(annotations(revoked, "error")[0]).toContain("revoked");
    const garbage = await check({ token: "not-a-token", ...app });
    expect(garbage.code).toBe(1);
    expect(annotations(garbage, "error")[0]).toContain("cannot be parsed");
    const unknown = await check({ token: tokens.unknown, ...app });
    expect(unknown.code).toBe(1);
    expect(unknown.outputs.valid).toBe("false");
  });

  it("a missing permission fails and is named in missing-scopes", async () => {
    const run = await check({ token: tokens.noMessaging });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "failed", "missing-scopes": "whatsapp_business_messaging" });
    expect(annotations(run, "error")[0]).toContain(
      "::error title=Required permissions::Missing whatsapp_business_messaging: generate a new token with whatsapp_business_messaging ticked.",
    );
  });

  it("waba-id: restricted target_ids without the account fails; all assets passes", async () => {
    const restricted = await check({ token: tokens.restricted, "waba-id": WABA });
    expect(restricted.code).toBe(1);
    expect(annotations(restricted, "error")[0]).toContain(`assign the WhatsApp account ${WABA}`);
    const all = await check({ token: tokens.systemUser, "waba-id": WABA });
    expect(all.outputs.status).toBe("ok");
    const listed = await check({
      token: tokens.apiSetup,
      "waba-id": WABA,
      "warn-days": "0",
      "fail-days": "0",
    });
    expect(listed.summary).toContain(WABA);
  });

  it("a token of another app fails the app check", async () => {
    const run = await check({
      token: tokens.otherApp,
      "app-id": OTHER_APP_ID,
      "app-secret": tokens.secrets.other,
    });
    expect(run.outputs.status).toBe("ok");
    const mismatch = await check({ token: tokens.otherApp });
    expect(mismatch.outputs.status).toBe("ok"); // self-inspection; no app given, nothing to compare
    const wrongApp = await check({
      token: tokens.systemUser,
      "app-id": OTHER_APP_ID,
      "app-secret": tokens.secrets.other,
    });
    expect(wrongApp.code).toBe(1);
  });

  it('"Require App Secret": without app-secret the reason says so; with it, every call is signed', async () => {
    const unsigned = await check({ token: tokens.proofApp, "phone-number-id": PHONE_ID });
    expect(unsigned.code).toBe(1);
    expect(annotations(unsigned, "error")[0]).toContain("Require App Secret");
    standin().requests.length = 0;
    const signed = await check({
      token: tokens.proofApp,
      "app-id": PROOF_APP_ID,
      "app-secret": tokens.secrets.proof,
    });
    expect(signed.outputs.status).toBe("ok");
    expect(
      standin().requests.every((request) => /^[0-9a-f]{64}$/.test(request.query.appsecret_proof ?? "")),
    ).toBe(true);
    const wrongSecret = await check({
      token: tokens.proofApp,
      "app-id": PROOF_APP_ID,
      "app-secret": tokens.secrets.other,
    });
    expect(wrongSecret.code).toBe(1);
    expect(annotations(wrongSecret, "error")[0]).toContain("wrong app secret");
  });
});

describe("action: phone number and test message", () => {
  it("reads the phone number (escaping the API's text in the summary)", async () => {
    const run = await check({ token: tokens.systemUser, "phone-number-id": PHONE_ID });
    expect(run.outputs).toMatchObject({
      status: "ok",
      "phone-number": "+1 555-000-1111",
      "quality-rating": "GREEN",
    });
    expect(run.summary).toContain("Acme &#60;Support&#62;");
    expect(run.summary).not.toContain("Acme <Support>");
  });

  it("a wrong phone-number-id fails with a precise reason; an unassigned WhatsApp account too", async () => {
    const wrong = await check({ token: tokens.systemUser, "phone-number-id": "500000000000999" });
    expect(wrong.code).toBe(1);
    expect(annotations(wrong, "error")[0]).toContain("does not exist, or this token may not see it");
    const unassigned = await check({ token: tokens.restricted, "phone-number-id": PHONE_ID });
    expect(unassigned.code).toBe(1);
    expect(annotations(unassigned, "error")[0]).toContain("Permission denied");
  });

  it("sends the hello_world template and outputs the message id", async () => {
    const run = await check({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": FRESH_RECIPIENT,
    });
    expect(run.outputs.status).toBe("ok");
    expect(run.outputs["message-id"]).toMatch(/^wamid\./);
    const sent = standin().requests.find((request) => request.method === "POST")!;
    expect(sent.body).toMatchObject({
      messaging_product: "whatsapp",
      to: FRESH_RECIPIENT,
      type: "template",
      template: { name: "hello_world", language: { code: "en_US" } },
    });
  });

  it("free text outside the 24-hour window explains 131047; inside it is sent", async () => {
    const closed = await check({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": FRESH_RECIPIENT,
      "test-message": "CI check",
    });
    expect(closed.code).toBe(1);
    expect(annotations(closed, "error")[0]).toContain("24-hour customer service window");
    expect(annotations(closed, "error")[0]).toContain("send a template instead");
    const open = await check({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": RECIPIENT,
      "test-message": "CI check",
    });
    expect(open.outputs.status).toBe("ok");
  });

  it("a recipient outside a test number's allowed list (131030) and an unknown template (132001) are explained", async () => {
    const notAllowed = await check({
      token: tokens.systemUser,
      "phone-number-id": TEST_PHONE_ID,
      "test-recipient": FRESH_RECIPIENT,
    });
    expect(annotations(notAllowed, "error")[0]).toContain("allowed list");
    const noTemplate = await check({
      token: tokens.systemUser,
      "phone-number-id": PHONE_ID,
      "test-recipient": RECIPIENT,
      "test-template": "order_update",
    });
    expect(annotations(noTemplate, "error")[0]).toContain("template does not exist");
  });

  it("a test message that may have reached Meta is never sent again: a lost answer, a 5xx page", async () => {
    for (const fault of [{ kind: "lost-answer" }, { kind: "server-error", status: 502 }] as const) {
      standin().requests.length = 0;
      standin().fail(fault, 5, /messages$/);
      const run = await check({
        token: tokens.systemUser,
        "phone-number-id": PHONE_ID,
        "test-recipient": RECIPIENT,
      });
      expect(run.code, fault.kind).toBe(1);
      expect(run.outputs, fault.kind).toMatchObject({
        status: "unanswered",
        valid: "true",
        "message-id": "",
      });
      expect(
        standin().requests.filter((request) => request.method === "POST"),
        fault.kind,
      ).toHaveLength(1);
      expect(annotations(run, "error")[0], fault.kind).toMatch(
        /^::error title=Test message \(template hello_world \(en_US\)\)::Unknown whether it was sent: /,
      );
      standin().clearFaults();
    }
  });

  it("no test message is sent when the token already failed", async () => {
    const run = await check({
      token: tokens.noMessaging,
      "phone-number-id": PHONE_ID,
      "test-recipient": RECIPIENT,
    });
    expect(run.code).toBe(1);
    expect(standin().requests.some((request) => request.method === "POST")).toBe(false);
    expect(run.summary).toContain("not sent");
  });
});

describe("action: an unreliable Graph API", () => {
  it("retries rate limits (HTTP 400, code 4 and 80008) and 5xx pages, then succeeds", async () => {
    standin()
      .fail({ kind: "rate-limit", code: 4 }, 1)
      .fail({ kind: "rate-limit", code: 80008 }, 1)
      .fail({ kind: "server-error" }, 1);
    const run = await check({ token: tokens.systemUser });
    expect(run.outputs.status).toBe("ok");
    expect(standin().requests.length).toBe(4);
  });

  it("an HTML page, an empty body, truncated JSON: unanswered, with clear errors, not crashes", async () => {
    for (const kind of ["html", "empty", "truncated", "garbage"] as const) {
      standin().fail({ kind }, 1);
      const run = await check({ token: tokens.systemUser });
      expect(run.code, kind).toBe(1);
      expect(run.outputs).toMatchObject({ status: "unanswered", valid: "" });
      expect(annotations(run, "error")[0]).toMatch(
        /answered HTTP 200 with (an HTML page|an empty reply|a reply that is not JSON)/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("a hung connection ends within the time budget", async () => {
    standin().fail({ kind: "hang" }, 10);
    const started = Date.now();
    const run = await check({ token: tokens.systemUser, "timeout-seconds": "2" });
    expect(run.code).toBe(1);
    expect(annotations(run, "error")[0]).toContain("no answer from the Graph API within 2 s");
    expect(Date.now() - started).toBeLessThan(20_000); // the budget is honoured (not a benchmark)
  });

  it("persistent rate limiting gives up inside the budget with Meta's advice", async () => {
    standin().fail({ kind: "rate-limit", code: 4 }, 100);
    const run = await check({ token: tokens.systemUser, "timeout-seconds": "2" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "unanswered", valid: "" });
    expect(annotations(run, "error")[0]).toContain("rate-limited");
  });

  it("an unreachable API", async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
      });
    });
    const run = await runAction({
      token: tokens.systemUser,
      "graph-api-url": `http://127.0.0.1:${port}`,
      "timeout-seconds": "2",
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: "unanswered", valid: "" });
    expect(annotations(run, "error")[0]).toContain("cannot reach the Graph API (connection refused)");
    expect(run.summary).toContain("Not checked: the Graph API could not be asked");
    expect(leaksOutsideMask(run.everything, allSecrets)).toEqual([]);

    // on-unanswered: warn passes the step with a warning; the state stays its own.
    const lenient = await runAction({
      token: tokens.systemUser,
      "graph-api-url": `http://127.0.0.1:${port}`,
      "timeout-seconds": "1",
      "on-unanswered": "warn",
    });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs).toMatchObject({ status: "unanswered", valid: "" });
    expect(annotations(lenient, "error")).toEqual([]);
    expect(annotations(lenient, "warning")[0]).toContain("title=Token is valid::Unknown: ");
  });
});

describe("action: the valid output", () => {
  it("true or false whenever Meta answered, with or without app credentials; empty only when it could not be asked", async () => {
    const app = { "app-id": APP_ID, "app-secret": tokens.secrets.app };
    const answered: [string, Record<string, string>, string][] = [
      ["healthy", { token: tokens.systemUser }, "true"],
      ["valid but failing a check", { token: tokens.noMessaging }, "true"],
      ["expired, inspecting itself", { token: tokens.expired }, "false"],
      ["expired, inspected with the app token", { token: tokens.expired, ...app }, "false"],
      ["revoked, inspecting itself", { token: tokens.revoked }, "false"],
      ["revoked, inspected with the app token", { token: tokens.revoked, ...app }, "false"],
      ["unparseable", { token: "not-a-token" }, "false"],
    ];
    for (const [what, inputs, valid] of answered) {
      const run = await check(inputs);
      expect(run.outputs.valid, what).toBe(valid);
      expect(run.outputs.status, what).not.toBe("unanswered");
    }
    standin().fail({ kind: "server-error", status: 503 }, 100);
    const down = await check({ token: tokens.systemUser, "timeout-seconds": "1" });
    expect(down.outputs).toMatchObject({ status: "unanswered", valid: "" });
  });
});

describe("action: bad inputs", () => {
  it("an empty token fails the step with a clear line, and the summary is still written", async () => {
    const run = await check({ token: "   " });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe("failed");
    expect(annotations(run, "error")[0]).toContain("token is empty");
    expect(run.summary).toContain("The inputs are not valid");
  });

  it("a padded token warns and still works", async () => {
    const run = await check({ token: `  ${tokens.systemUser}\n` });
    expect(run.outputs.status).toBe("warning");
    expect(annotations(run, "warning").join("\n")).toContain("spaces or a line break around it");
  });

  it("every problem at once: unknown scope, bad numbers, bad boolean, bad URL, half an app", async () => {
    const run = await check({
      token: tokens.systemUser,
      "required-scopes": "whatsapp_busines_messaging",
      "warn-days": "two weeks",
      "fail-days": "-1",
      "timeout-seconds": "0",
      "require-system-user": "maybe",
      "graph-api-version": "26",
      "app-id": "100000000000001",
      "test-recipient": "5550001234",
    });
    expect(run.code).toBe(1);
    const message = annotations(run, "error")[0]!;
    for (const expected of [
      'unknown permission "whatsapp_busines_messaging" (did you mean whatsapp_business_messaging?)',
      'warn-days must be a number from 0 to 3650, not "two weeks"',
      'fail-days must be a number from 0 to 3650, not "-1"',
      "timeout-seconds must be a number from 1 to 600",
      "require-system-user must be true or false",
      "graph-api-version must look like v27.0",
      "app-id and app-secret go together",
      "test-recipient must be a phone number with + and country code",
      "test-recipient needs phone-number-id",
    ]) {
      expect(message).toContain(expected);
    }
    expect(standin().requests).toHaveLength(0);
  });

  it("on-unanswered takes fail or warn only", async () => {
    const run = await check({ token: tokens.systemUser, "on-unanswered": "ignore" });
    expect(run.code).toBe(1);
    expect(annotations(run, "error")[0]).toContain('on-unanswered must be fail or warn, not "ignore"');
  });
});

describe("action: least privilege, rate-limit headroom", () => {
  it("permissions beyond what is needed warn with the list; allowed-scopes accepts them; any turns it off", async () => {
    const run = await check({ token: tokens.overPrivileged });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("warning");
    expect(annotations(run, "warning")).toEqual([
      "::warning title=Least privilege::Also holds ads_management, pages_manage_posts: generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
    ]);
    const allowed = await check({
      token: tokens.overPrivileged,
      "allowed-scopes": "ads_management, pages_manage_posts",
    });
    expect(allowed.outputs.status).toBe("ok");
    const off = await check({ token: tokens.overPrivileged, "allowed-scopes": "any" });
    expect(off.outputs.status).toBe("ok");
    expect(off.summary).not.toContain("Least privilege");
  });

  it("reads Meta's usage headers from the calls already made and warns at the threshold", async () => {
    const run = await check({ token: tokens.busy });
    expect(run.outputs.status).toBe("warning");
    expect(standin().requests).toHaveLength(1); // no extra call
    expect(annotations(run, "warning")[0]).toContain(
      // (% is written %25 in workflow commands)
      `title=Rate-limit headroom::91%25 for ${WABA}, 8%25 for the app of the hourly limit: spread or cut calls`,
    );
    const relaxed = await check({ token: tokens.busy, "usage-warn-percent": "95" });
    expect(relaxed.outputs.status).toBe("ok");
    expect(relaxed.summary).toContain("Rate-limit headroom");
  });

  it("a used-up limit says when access returns, as Meta's header gives it", async () => {
    const run = await check({ token: throttled, "phone-number-id": PHONE_ID });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("warning");
    expect(standin().requests).toHaveLength(2); // debug_token and the phone number: no extra call
    expect(annotations(run, "warning")).toEqual([
      `::warning title=Rate-limit headroom::100%25 for ${WABA} of the hourly limit; access returns in about 25 minutes: spread or cut calls before use reaches 100%25 (the threshold is 75%25; calls made while limited extend the block).`,
    ]);
  });
  it("usage headers Meta sent in no readable form are named, not taken for headroom", async () => {
    const run = await check({ token: garbledUsage });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe("ok");
    expect(run.summary).toContain("X-Business-Use-Case-Usage, X-App-Usage: not readable, headroom unknown");
  });
  // The Graph API version's rules depend on the day: test/action/clock.test.ts runs them on fixed dates.
});

describe("action: the report", () => {
  it("reads like GitHub's own: the verdict, what needs attention with its fix, the rest folded, recipes once", async () => {
    const run = await check({
      token: tokens.noMessaging,
      "phone-number-id": PHONE_ID,
      "allowed-scopes": "none",
    });
    expect(run.code).toBe(1);
    const html = run.summary;
    const verdictLine = html.indexOf("<p>❌ <strong>Failed</strong>: Required permissions");
    const attention = html.indexOf("<ul>");
    const details = html.indexOf("<details><summary>✅");
    const recipe = html.indexOf('<h3 id="wtg-system-user">');
    expect(verdictLine).toBeGreaterThan(0);
    expect(attention).toBeGreaterThan(verdictLine);
    expect(details).toBeGreaterThan(attention);
    expect(recipe).toBeGreaterThan(details);
    // The failing row links to the recipe, which appears once however many rows need it.
    expect(html).toContain('(steps: <a href="#wtg-system-user">system-user token</a>)');
    expect(html.match(/id="wtg-system-user"/g)).toHaveLength(1);
    expect(html.match(/Business Settings → Users → System users/g)).toHaveLength(1);
    // Passing checks are in the folded table, not in the list.
    expect(html.slice(attention, details)).not.toContain("Token is valid");
    expect(html.slice(details)).toContain("Token is valid");
    // No ASCII arrows, no literal backticks inside HTML; inline code is <code>.
    expect(html).not.toContain("->");
    expect(html).not.toContain("`");
    expect(html).toContain("<code>whatsapp_business_messaging</code>");
    // Nothing can be cut off at 1000 px: lists wrap; table cells stay within the documented bound.
    expect(html).toContain("<table>");
    expect(overlongCells(html)).toEqual([]);
    // One annotation per failing or warning check, titled, one sentence.
    expect(annotations(run, "error")).toEqual([
      "::error title=Required permissions::Missing whatsapp_business_messaging: generate a new token with whatsapp_business_messaging ticked.",
    ]);
    expect(run.stdout).not.toContain("->");
  });

  it("one annotation per failing or warning check, each titled with its check, one sentence", async () => {
    const run = await check({
      token: tokens.overPrivileged,
      "required-scopes": "whatsapp_business_messaging, catalog_management",
    });
    expect(run.code).toBe(1);
    expect(annotations(run, "error")).toEqual([
      "::error title=Required permissions::Missing catalog_management: generate a new token with catalog_management ticked.",
    ]);
    expect(annotations(run, "warning")).toEqual([
      "::warning title=Least privilege::Also holds whatsapp_business_management, ads_management, pages_manage_posts: generate a token with only the permissions the bot needs, or list these in allowed-scopes.",
    ]);
    // The summary: the failure leads, the warning follows it in the list, each once.
    const failing = run.summary.indexOf("<li>❌ <strong>Required permissions</strong>");
    const warning = run.summary.indexOf("<li>⚠️ <strong>Least privilege</strong>");
    expect(failing).toBeGreaterThan(
      run.summary.indexOf("<p>❌ <strong>Failed</strong>: Required permissions"),
    );
    expect(warning).toBeGreaterThan(failing);
    expect(run.summary.indexOf("Least privilege")).toBe(warning + "<li>⚠️ <strong>".length);
  });

  it("long values are shortened in the table cells, whole in the log", async () => {
    const run = await check({ token: tokens.apiSetup, "waba-id": WABA, "warn-days": "0", "fail-days": "0" });
    expect(overlongCells(run.summary)).toEqual([]);
    expect(run.summary).toContain("…");
    expect(run.stdout).toContain(
      `whatsapp_business_management: ${WABA}; whatsapp_business_messaging: ${WABA}`,
    );
  });

  it("a reply with wrong types still gets a status and a summary, without a stack trace", async () => {
    const run = await check({ token: tokens.wrongTypes });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBeTruthy();
    expect(run.outputs.status).not.toBe("ok");
    expect(run.summary).toContain("<h2>WhatsApp token check</h2>");
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
