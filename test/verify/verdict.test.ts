/** The verdict rules, without a network: settings + facts -> checks -> one status. */
import { describe, expect, it } from "vitest";
import { GraphRefusedError, GraphUnansweredError } from "../../src/graph/errors.js";
import type { Facts, TokenData } from "../../src/verify/facts.js";
import { parseSettings, type RawOptions } from "../../src/verify/settings.js";
import { readUsage } from "../../src/verify/usage.js";
import { evaluate } from "../../src/verify/verdict.js";
import { accessToken } from "../helpers/tokens.js";

const NOW = new Date("2026-12-02T12:00:00Z");
const now = NOW.getTime() / 1000;
const DAY = 86_400;
const token = accessToken();

function judge(data: Partial<TokenData>, options: RawOptions = {}, extra: Partial<Facts> = {}, at = NOW) {
  const settings = parseSettings({ token, ...options }, at);
  const full: TokenData = {
    app_id: "1",
    type: "SYSTEM_USER",
    is_valid: true,
    expires_at: 0,
    scopes: ["whatsapp_business_messaging", "whatsapp_business_management"],
    granular_scopes: [{ scope: "whatsapp_business_messaging" }, { scope: "whatsapp_business_management" }],
    ...data,
  };
  return evaluate(settings, { now: at, token: full, ...extra });
}
const checkOf = (verdict: ReturnType<typeof judge>, id: string) => verdict.checks.find((c) => c.id === id);
const statusOf = (verdict: ReturnType<typeof judge>, id: string) => checkOf(verdict, id)?.status;

describe("expiry", () => {
  it("expires_at 0 is never, not 1970", () => {
    const verdict = judge({ expires_at: 0 });
    expect(verdict.status).toBe("ok");
    expect(verdict.token.expiresAt).toBe(0);
    expect(verdict.daysLeft).toBeUndefined();
  });

  it("warns below warn-days and fails below fail-days, by exact time", () => {
    expect(statusOf(judge({ expires_at: now + 14 * DAY }), "expiry")).toBe("ok");
    expect(statusOf(judge({ expires_at: now + 14 * DAY - 1 }), "expiry")).toBe("warning");
    expect(statusOf(judge({ expires_at: now + 3 * DAY }), "expiry")).toBe("warning");
    expect(statusOf(judge({ expires_at: now + 3 * DAY - 1 }), "expiry")).toBe("failed");
  });

  it("fail-days 0 never fails a token that is still valid; a past expiry always fails", () => {
    expect(statusOf(judge({ expires_at: now + 60 }, { "fail-days": "0", "warn-days": "0" }), "expiry")).toBe(
      "ok",
    );
    expect(statusOf(judge({ expires_at: now - 60 }, { "fail-days": "0" }), "expiry")).toBe("failed");
  });

  it("days-left is whole days rounded down; under a day the report says hours", () => {
    expect(judge({ expires_at: now + 10 * DAY - 1 }).daysLeft).toBe(9);
    expect(judge({ expires_at: now + 10 * DAY }).daysLeft).toBe(10);
    const soon = judge({ expires_at: now + 20 * 3600 + 60 });
    expect(soon.daysLeft).toBe(0);
    expect(checkOf(soon, "expiry")?.value).toContain("(20 hours left)");
    expect(checkOf(soon, "expiry")?.value).not.toContain("0 days");
    expect(checkOf(judge({ expires_at: now + 1800 }), "expiry")?.value).toContain("30 minutes left");
    expect(checkOf(judge({ expires_at: now + 3 * DAY + 5 }), "expiry")?.value).toContain("3 days left");
  });

  it("data access expiry is judged the same way when set", () => {
    const verdict = judge({ data_access_expires_at: now + DAY });
    expect(statusOf(verdict, "data-access")).toBe("failed");
    expect(verdict.token.dataAccessExpiresAt).toBe(now + DAY);
    expect(statusOf(judge({ data_access_expires_at: 0 }), "data-access")).toBeUndefined();
  });
});

describe("validity and the verdict's flags", () => {
  it("an invalid token with expires_at 0 fails on validity first, valid=false", () => {
    const verdict = judge({
      is_valid: false,
      expires_at: 0,
      error: { code: 190, subcode: 460, message: "pw" },
    });
    expect(verdict.status).toBe("failed");
    expect(verdict.checks[0]).toMatchObject({ id: "valid", status: "failed" });
    expect(verdict.headline).toContain("changed their password");
    expect(verdict.token.valid).toBe(false);
    expect(verdict.unanswered).toBe(false);
  });

  it("an expired token that inspected itself (caller-side 190/463) is valid=false, not unknown", () => {
    const settings = parseSettings({ token });
    const error = new GraphRefusedError("GET /debug_token failed", { code: 190, error_subcode: 463 });
    const verdict = evaluate(settings, { now: NOW, tokenError: error });
    expect(verdict.status).toBe("failed");
    expect(verdict.token.valid).toBe(false);
    expect(verdict.headline).toContain("the token has expired");
  });

  it("no answer (unreachable, rate limited, 5xx) is its own state: unanswered, valid unknown", () => {
    const settings = parseSettings({ token });
    for (const error of [
      new GraphUnansweredError("GET /debug_token: cannot reach the Graph API (connection refused)", {
        unreachable: true,
        retryable: true,
      }),
      new GraphUnansweredError("GET /debug_token failed: code 4", {
        graph: { code: 4 },
        unreachable: false,
        retryable: true,
      }),
      new GraphUnansweredError("GET /debug_token failed: code 80008", {
        graph: { code: 80008 },
        unreachable: false,
        retryable: true,
      }),
      new GraphUnansweredError("GET /debug_token: HTTP 429 without a Graph error", {
        unreachable: true,
        retryable: true,
      }),
    ]) {
      const verdict = evaluate(settings, { now: NOW, tokenError: error });
      expect(verdict.status, error.message).toBe("unanswered");
      expect(verdict.unanswered).toBe(true);
      expect(verdict.token.valid).toBeUndefined();
      expect(checkOf(verdict, "valid")?.status).toBe("unanswered");
    }
  });

  it("a real failure outranks an unanswered later question", () => {
    const verdict = judge(
      { scopes: ["whatsapp_business_management"] },
      { "phone-number-id": "500000000000005" },
      { phoneError: new GraphUnansweredError("timeout", { unreachable: true, retryable: true }) },
    );
    expect(verdict.status).toBe("failed");
    expect(verdict.unanswered).toBe(true);
    expect(statusOf(verdict, "phone")).toBe("unanswered");
  });

  it("the 24-hour API Setup token: the headline is the cause, not the expiry", () => {
    const verdict = judge({ type: "USER", issued_at: now - 4 * 3600, expires_at: now + 20 * 3600 });
    expect(verdict.status).toBe("failed");
    expect(statusOf(verdict, "expiry")).toBe("failed");
    expect(verdict.headline).toContain("24-hour user token from App Dashboard → WhatsApp → API Setup");
    expect(verdict.headline).toContain("system-user token");
    expect(checkOf(verdict, "type")?.value).toContain("expires in 20 hours");
    // a 60-day user token is not that one
    const long = judge({ type: "USER", issued_at: now - DAY, expires_at: now + 59 * DAY });
    expect(long.headline).not.toContain("API Setup");
  });
});

describe("type, scopes, age", () => {
  it("page and app tokens", () => {
    expect(statusOf(judge({ type: "PAGE" }), "type")).toBe("warning");
    expect(statusOf(judge({ type: "APP" }), "type")).toBe("failed");
  });

  it("max-age-days is judged by the clock, not by whole days: 30 hours is older than 1 day", () => {
    expect(checkOf(judge({ issued_at: now - 30 * 3600 }, { "max-age-days": "1" }), "age")).toMatchObject({
      status: "warning",
      value: expect.stringMatching(/^1 day \(issued /),
    });
    expect(statusOf(judge({ issued_at: now - 20 * 3600 }, { "max-age-days": "1" }), "age")).toBe("ok");
  });

  it("a token issued after this runner's clock has no age; warn-days below fail-days is refused", () => {
    expect(checkOf(judge({ issued_at: now + 10 * DAY }, { "max-age-days": "1" }), "age")).toMatchObject({
      status: "warning",
      value: expect.stringContaining("after this runner's clock: age unknown"),
    });
    expect(() => parseSettings({ token, "warn-days": "2", "fail-days": "10" })).toThrow(
      "warn-days (2) must be at least fail-days (10): the warning comes before the failure",
    );
    // A bad number is one problem, not also a comparison with the minimum it stands in as.
    let message = "";
    try {
      parseSettings({ token, "warn-days": "x" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('warn-days must be a number from 0 to 3650, not "x"');
    expect(message).not.toContain("must be at least fail-days");
  });

  it("a test message Meta holds for quality assessment is a warning, not a delivery", () => {
    const options = { "phone-number-id": "500000000000005", "test-recipient": "+15550001234" };
    expect(
      checkOf(judge({}, options, { message: { id: "wamid.X", status: "accepted" } }), "message"),
    ).toMatchObject({ status: "ok", value: "accepted: wamid.X" });
    expect(
      checkOf(
        judge({}, options, { message: { id: "wamid.X", status: "held_for_quality_assessment" } }),
        "message",
      ),
    ).toMatchObject({
      status: "warning",
      value: "taken but not sent yet (Meta: held_for_quality_assessment): wamid.X",
    });
  });

  it("max-age-days warns about rotation", () => {
    expect(statusOf(judge({ issued_at: now - 100 * DAY }, { "max-age-days": "90" }), "age")).toBe("warning");
    expect(statusOf(judge({ issued_at: now - 10 * DAY }, { "max-age-days": "90" }), "age")).toBe("ok");
  });

  it("required-scopes none requires nothing", () => {
    expect(judge({ scopes: [] }, { "required-scopes": "none" }).status).toBe("ok");
  });

  it("least privilege: extra permissions warn with the list; allowed-scopes and any", () => {
    const scopes = [
      "whatsapp_business_messaging",
      "whatsapp_business_management",
      "ads_management",
      "pages_manage_posts",
    ];
    const verdict = judge({ scopes });
    expect(checkOf(verdict, "least-privilege")).toMatchObject({
      status: "warning",
      value: "also holds ads_management, pages_manage_posts",
    });
    expect(
      statusOf(
        judge({ scopes: [...scopes.slice(0, 2), "business_management", "public_profile"] }),
        "least-privilege",
      ),
    ).toBe("ok");
    expect(
      statusOf(
        judge({ scopes }, { "allowed-scopes": "ads_management pages_manage_posts" }),
        "least-privilege",
      ),
    ).toBe("ok");
    expect(checkOf(judge({ scopes }, { "allowed-scopes": "any" }), "least-privilege")).toBeUndefined();
    // Blanks and repeats in Meta's list are not permissions; a long list is counted, not spelled out.
    const odd = [...scopes, "", " ads_management ", "ads_management"];
    expect(checkOf(judge({ scopes: odd }), "least-privilege")?.value).toBe(
      "also holds ads_management, pages_manage_posts",
    );
    const many = [...scopes.slice(0, 2), ...Array.from({ length: 900 }, (_, i) => `scope_${i}`)];
    expect(checkOf(judge({ scopes: many }), "least-privilege")?.value).toBe(
      "also holds scope_0, scope_1, scope_2, scope_3, scope_4 and 895 more",
    );
    expect(() => parseSettings({ token, "allowed-scopes": "ads_managment" })).toThrow(
      'allowed-scopes: unknown permission "ads_managment" (did you mean ads_management?)',
    );
  });
});

describe("Graph API version", () => {
  it("current ok; within 90 days warns; ended fails; unknown future ok; ancient fails", () => {
    expect(statusOf(judge({}), "version")).toBe("ok");
    expect(checkOf(judge({}), "version")?.value).toBe("v27.0 (no end date announced yet)");
    expect(statusOf(judge({}, { "graph-api-version": "v25.0" }), "version")).toBe("ok");
    expect(statusOf(judge({}, { "graph-api-version": "v21.0" }), "version")).toBe("warning");
    expect(checkOf(judge({}, { "graph-api-version": "v21.0" }), "version")?.value).toContain(
      "ends 2027-01-21 (49 days left)",
    );
    expect(statusOf(judge({}, { "graph-api-version": "v20.0" }), "version")).toBe("failed");
    expect(() => parseSettings({ token, "graph-api-version": "v99.0" }, NOW)).toThrow(
      "graph-api-version v99.0 is not a released Graph API version: the newest is v27.0 (released 2026-11-04)",
    );
    expect(() => parseSettings({ token, "graph-api-version": "v28.0" }, NOW)).toThrow(
      "v28.0 is not a released",
    );
    expect(statusOf(judge({}, { "graph-api-version": "v12.0" }), "version")).toBe("failed");
    expect(statusOf(judge({}, {}, {}, new Date("2027-01-22T00:00:00Z")), "version")).toBe("ok");
  });

  it("past the next expected release the row says the table may be out of date, without a warning", () => {
    // Nothing the table knows can end for years: said, not warned about on every run.
    const later = judge({}, {}, {}, new Date("2027-06-01T00:00:00Z"));
    expect(checkOf(later, "version")).toMatchObject({ status: "ok" });
    expect(later.status).toBe("ok");
    expect(checkOf(later, "version")?.value).toContain("may be out of date");
    expect(checkOf(later, "version")?.value).not.toContain("no end date announced");
    // The next version may be real from three months after the newest, and is accepted; one
    // beyond it is still a typo.
    const before = new Date("2027-02-03T00:00:00Z");
    expect(() => parseSettings({ token, "graph-api-version": "v28.0" }, before)).toThrow(
      "the newest is v27.0",
    );
    const february = new Date("2027-02-05T00:00:00Z");
    expect(parseSettings({ token, "graph-api-version": "v28.0" }, february).graphApiVersion).toBe("v28.0");
    expect(checkOf(judge({}, { "graph-api-version": "v28.0" }, {}, february), "version")).toMatchObject({
      status: "ok",
      value: "v28.0 (newer than this release's table)",
    });
    const june = new Date("2027-06-01T00:00:00Z");
    expect(() => parseSettings({ token, "graph-api-version": "v29.0" }, june)).toThrow("the newest is v27.0");
    expect(checkOf(judge({}, { "graph-api-version": "v28.0" }, {}, june), "version")).toMatchObject({
      status: "ok",
      value: "v28.0 (newer than this release's table, which may be out of date)",
    });
  });

  it("90 days before the soonest end the next release allows, a version with no end date warns", () => {
    const at = (day: string) => new Date(`${day}T00:00:00Z`);
    // v26.0: v27.0 came out on 2026-11-04, so v26.0 ends around 2028-11-04.
    expect(statusOf(judge({}, { "graph-api-version": "v26.0" }, {}, at("2028-08-01")), "version")).toBe("ok");
    expect(
      checkOf(judge({}, { "graph-api-version": "v26.0" }, {}, at("2028-08-10")), "version"),
    ).toMatchObject({ status: "warning", value: expect.stringContaining("v26.0 may end from 2028-11-04") });
    // v27.0, the newest: the next may come from 2027-02-04, so v27.0 may end from 2029-02-04.
    expect(statusOf(judge({}, {}, {}, at("2028-11-01")), "version")).toBe("ok");
    expect(checkOf(judge({}, {}, {}, at("2028-11-10")), "version")).toMatchObject({
      status: "warning",
      value: expect.stringContaining("v27.0 may end from 2029-02-04"),
    });
  });

  it("two years past the next release, a version with no announced end has most likely ended", () => {
    const at = (day: string) => new Date(`${day}T00:00:00Z`);
    // v26.0: v27.0 came out on 2026-11-04.
    expect(statusOf(judge({}, { "graph-api-version": "v26.0" }, {}, at("2028-11-01")), "version")).not.toBe(
      "failed",
    );
    expect(
      checkOf(judge({}, { "graph-api-version": "v26.0" }, {}, at("2028-11-10")), "version"),
    ).toMatchObject({
      status: "failed",
      value: expect.stringContaining("v26.0 has most likely ended"),
    });
    // v27.0, the newest: two years after the next one was due (2027-05-04).
    expect(statusOf(judge({}, {}, {}, at("2029-05-01")), "version")).toBe("warning");
    expect(statusOf(judge({}, {}, {}, at("2030-01-01")), "version")).toBe("failed");
  });

  it("leading zeros are no version", () => {
    for (const version of ["v027.0", "v0.0", "v00.0"])
      expect(() => parseSettings({ token, "graph-api-version": version }, NOW)).toThrow(
        `graph-api-version must look like v27.0, not "${version}"`,
      );
  });
});

describe("rate-limit headroom", () => {
  const headers = (business: unknown, app?: unknown) => ({
    "x-business-use-case-usage": JSON.stringify(business),
    ...(app !== undefined && { "x-app-usage": JSON.stringify(app) }),
  });

  it("reads the highest use per WhatsApp account and the app's; warns at the threshold", () => {
    const usage = readUsage(
      headers(
        {
          "300000000000003": [
            {
              type: "whatsapp_business_management",
              call_count: 12,
              total_cputime: 80,
              total_time: 30,
              estimated_time_to_regain_access: 0,
            },
          ],
          "300000000000099": [{ call_count: 5, total_cputime: 1, total_time: 2 }],
        },
        { call_count: 20, total_time: 3, total_cputime: 4 },
      ),
      undefined,
    );
    const verdict = judge({}, {}, { usage });
    expect(checkOf(verdict, "rate-limit")).toMatchObject({ status: "warning" });
    expect(checkOf(verdict, "rate-limit")?.value).toBe(
      "80% for 300000000000003, 5% for 300000000000099, 20% for the app of the hourly limit",
    );
    expect(statusOf(judge({}, { "usage-warn-percent": "90" }, { usage }), "rate-limit")).toBe("ok");
  });

  it("reads digit strings; names the three busiest accounts and counts the rest", () => {
    const many: Record<string, unknown> = { "1": [{ call_count: "95" }] };
    for (let i = 2; i <= 41; i++) many[String(i)] = [{ call_count: 1 }];
    const usage = readUsage(headers(many), undefined);
    expect(checkOf(judge({}, {}, { usage: usage! }), "rate-limit")).toMatchObject({
      status: "warning",
      value: "95% for 1, 1% for 2, 1% for 3, 38 more accounts below that of the hourly limit",
    });
  });

  it("a header sent twice is read in every copy: the highest counts, a garbage copy is named", () => {
    const usage = readUsage(
      {
        "x-business-use-case-usage": [JSON.stringify({ "7": [{ call_count: 95 }] }), "garbage"],
        "x-app-usage": [JSON.stringify({ call_count: 99 }), JSON.stringify({ call_count: 1 })],
      },
      undefined,
    );
    expect(usage).toMatchObject({ app: 99, accounts: [{ id: "7", percent: 95 }] });
    expect(usage?.unreadable).toEqual(["X-Business-Use-Case-Usage"]);
  });

  it("says when access returns; a later, lower reply does not hide a higher one", () => {
    let usage = readUsage(
      headers({ "3": [{ call_count: 100, estimated_time_to_regain_access: 25 }] }),
      undefined,
    );
    usage = readUsage(headers({ "3": [{ call_count: 10 }] }), usage);
    expect(checkOf(judge({}, {}, { usage }), "rate-limit")?.value).toBe(
      "100% for 3 of the hourly limit; access returns in about 25 minutes",
    );
  });

  it("no headers, no row; a header sent in no readable form is a skipped row that names it", () => {
    expect(checkOf(judge({}), "rate-limit")).toBeUndefined();
    expect(
      checkOf(judge({}, {}, { usage: readUsage(headers({}), undefined)! }), "rate-limit"),
    ).toBeUndefined();
    for (const [business, app] of [
      ["{not json", '"text"'],
      [JSON.stringify({ "3": { call_count: 10 } }), JSON.stringify({ call_count: Number.NaN })],
      [JSON.stringify({ "3": [{ call_count: -1 }] }), "1e400"],
      [JSON.stringify([1, 2]), JSON.stringify({ call_count: "lots" })],
    ]) {
      const usage = readUsage({ "x-business-use-case-usage": business, "x-app-usage": app }, undefined);
      expect(checkOf(judge({}, {}, { usage: usage! }), "rate-limit"), `${business} ${app}`).toMatchObject({
        status: "skipped",
        value: "X-Business-Use-Case-Usage, X-App-Usage: not readable, headroom unknown",
      });
    }
    // A readable part is still reported, with what could not be read.
    const mixed = readUsage(headers({ "3": [{ call_count: 80 }], "4": [{ call_count: -2 }] }), undefined);
    expect(checkOf(judge({}, {}, { usage: mixed! }), "rate-limit")?.value).toBe(
      "80% for 3 of the hourly limit; X-Business-Use-Case-Usage: not readable",
    );
    expect(() => parseSettings({ token, "usage-warn-percent": "0" })).toThrow(
      "usage-warn-percent must be a number from 1 to 100",
    );
  });
});
