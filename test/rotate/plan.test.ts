/** The rotation's decisions, pure: when a token is due, what rules a new one out in advance, and when a new one may be stored. */
import { describe, expect, it } from "vitest";
import { inheritedFailure, newTokenProblem, planRotation } from "../../src/rotate/plan.js";
import type { Check } from "../../src/verify/check.js";
import type { Facts, TokenData } from "../../src/verify/facts.js";
import type { Verdict } from "../../src/verify/verdict.js";

const DAY = 86_400;
const now = new Date("2027-01-01T00:00:00Z");
const at = (days: number) => Math.floor(now.getTime() / 1000) + days * DAY;
const systemUser = (data: Partial<TokenData>): Facts => ({
  now,
  token: { is_valid: true, type: "SYSTEM_USER", app_id: "100000000000001", issued_at: at(-50), ...data },
});
const policy = { rotateDays: 14, revokeOld: false };

const verdict = (checks: Partial<Check>[]): Verdict => ({
  status: "ok",
  unanswered: false,
  headline: "",
  checks: checks.map((check) => ({ title: check.id ?? "", value: "seen", status: "ok", ...check }) as Check),
  token: { valid: true, scopes: [], fingerprint: "0".repeat(32) },
});

describe("planRotation", () => {
  it("refreshes an expiring system-user token within rotate-days, not before; --force always", () => {
    expect(planRotation(systemUser({ expires_at: at(13.9) }), policy, {}, now).kind).toBe("refresh");
    expect(planRotation(systemUser({ expires_at: at(14.1) }), policy, {}, now).kind).toBe("skip");
    expect(planRotation(systemUser({ expires_at: at(40) }), { ...policy, force: true }, {}, now).kind).toBe(
      "refresh",
    );
  });

  it("never refreshes an invalid token or one that is not a system user's", () => {
    expect(planRotation(systemUser({ is_valid: false, expires_at: at(1) }), policy, {}, now)).toMatchObject({
      note: expect.stringContaining("cannot be refreshed"),
    });
    expect(planRotation(systemUser({ type: "USER", expires_at: at(1) }), policy, {}, now)).toMatchObject({
      note: expect.stringContaining("this is a USER token"),
    });
    expect(planRotation({ now }, policy, {}, now).kind).toBe("skip");
  });

  it("a never-expiring token: generated anew past max-age-days with the generate inputs, else a note", () => {
    const never = systemUser({ expires_at: 0, issued_at: at(-100) });
    const generate = { systemUserId: "200000000000002", adminToken: "x".repeat(40) };
    expect(planRotation(never, { ...policy, generate }, { maxAgeDays: 90 }, now).kind).toBe("generate");
    expect(planRotation(never, policy, { maxAgeDays: 90 }, now)).toMatchObject({
      note: expect.stringContaining("system-user-id and admin-token"),
    });
    expect(planRotation(never, { ...policy, generate }, { maxAgeDays: 120 }, now)).toMatchObject({
      note: expect.stringContaining("100 days old"),
    });
    expect(planRotation(never, { ...policy, generate }, {}, now)).toMatchObject({
      note: expect.stringContaining("set max-age-days"),
    });
  });
});

describe("what a new token inherits, and when it may be stored", () => {
  it("a failed permission rules a new token out in advance; a failed expiry or message does not", () => {
    expect(inheritedFailure(verdict([{ id: "scopes", status: "failed" }]))?.note).toContain("would inherit");
    expect(
      inheritedFailure(
        verdict([
          { id: "expiry", status: "failed" },
          { id: "message", status: "failed" },
        ]),
      ),
    ).toBeUndefined();
  });

  it("a new token may not fail what it inherits, what rotation renews, or what the old one passed", () => {
    const before = verdict([
      { id: "expiry", status: "failed" },
      { id: "message", status: "failed" },
      { id: "phone" },
    ]);
    expect(newTokenProblem(before, verdict([{ id: "message", status: "failed" }]))).toBeUndefined();
    expect(newTokenProblem(before, verdict([{ id: "expiry", status: "failed" }]))).toContain("expiry");
    expect(newTokenProblem(before, verdict([{ id: "phone", status: "failed" }]))).toContain("phone");
    expect(newTokenProblem(before, verdict([{ id: "scopes", status: "failed" }]))).toContain("scopes");
  });
});
