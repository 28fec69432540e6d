/** The verdict rules, without a network: facts + settings + now -> checks. */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/verify/checks.js";
import type { Facts, TokenData } from "../../src/verify/facts.js";
import { parseSettings, type RawOptions } from "../../src/verify/settings.js";
import { accessToken } from "../helpers/tokens.js";

const NOW = new Date("2026-11-22T12:00:00Z");
const now = NOW.getTime() / 1000;
const DAY = 86_400;
const token = accessToken();

function judge(data: Partial<TokenData>, options: RawOptions = {}, extra: Partial<Facts> = {}) {
  const settings = parseSettings({ token, ...options });
  const full: TokenData = {
    app_id: "1",
    type: "SYSTEM_USER",
    is_valid: true,
    expires_at: 0,
    scopes: ["whatsapp_business_messaging", "whatsapp_business_management"],
    ...data,
  };
  return evaluate(settings, { now: NOW, token: full, ...extra });
}
const statusOf = (verdict: ReturnType<typeof judge>, id: string) =>
  verdict.checks.find((c) => c.id === id)?.status;

describe("expiry", () => {
  it("expires_at 0 is never, not 1970", () => {
    const verdict = judge({ expires_at: 0 });
    expect(verdict.status).toBe("ok");
    expect(verdict.outputs["expires-at"]).toBe("never");
    expect(verdict.outputs["days-left"]).toBe("");
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

  it("days-left is whole days rounded down", () => {
    expect(judge({ expires_at: now + 10 * DAY - 1 }).outputs["days-left"]).toBe("9");
    expect(judge({ expires_at: now + 10 * DAY }).outputs["days-left"]).toBe("10");
    expect(judge({ expires_at: now + 3600 }).outputs["days-left"]).toBe("0");
  });

  it("data access expiry is judged the same way when set", () => {
    const verdict = judge({ data_access_expires_at: now + DAY });
    expect(statusOf(verdict, "data-access")).toBe("failed");
    expect(verdict.outputs["data-access-expires-at"]).toBe("2026-11-23T12:00:00Z");
    expect(statusOf(judge({ data_access_expires_at: 0 }), "data-access")).toBeUndefined();
  });
});

describe("type, scopes, age, version", () => {
  it("an invalid token with expires_at 0 fails on validity first", () => {
    const verdict = judge({
      is_valid: false,
      expires_at: 0,
      error: { code: 190, subcode: 460, message: "password changed" },
    });
    expect(verdict.status).toBe("failed");
    expect(verdict.checks[0]).toMatchObject({ id: "valid", status: "failed" });
    expect(verdict.reason).toContain("changed their password");
  });

  it("page and app tokens", () => {
    expect(statusOf(judge({ type: "PAGE" }), "type")).toBe("warning");
    expect(statusOf(judge({ type: "APP" }), "type")).toBe("failed");
  });

  it("max-age-days warns about rotation", () => {
    expect(statusOf(judge({ issued_at: now - 100 * DAY }, { "max-age-days": "90" }), "age")).toBe("warning");
    expect(statusOf(judge({ issued_at: now - 10 * DAY }, { "max-age-days": "90" }), "age")).toBe("ok");
  });

  it("required-scopes none requires nothing", () => {
    expect(judge({ scopes: [] }, { "required-scopes": "none" }).status).toBe("ok");
  });

  it("graph-api-version: current ok, ended or within 90 days warns, unknown future ok", () => {
    expect(statusOf(judge({}, { "graph-api-version": "v26.0" }), "version")).toBe("ok");
    expect(statusOf(judge({}, { "graph-api-version": "v25.0" }), "version")).toBe("ok");
    expect(statusOf(judge({}, { "graph-api-version": "v20.0" }), "version")).toBe("warning");
    expect(statusOf(judge({}, { "graph-api-version": "v21.0" }), "version")).toBe("warning");
    expect(statusOf(judge({}, { "graph-api-version": "v27.0" }), "version")).toBe("ok");
    expect(statusOf(judge({}, { "graph-api-version": "v12.0" }), "version")).toBe("warning");
  });
});
