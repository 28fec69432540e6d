/**
 * Once rotation exists, "What to do" stops recommending tokens that never expire: the fix for a
 * user token or a dead one is a 60-day system-user token that the watch rotates.
 */
import { describe, expect, it } from "vitest";
import { issueBody } from "../../src/report/issue-body.js";
import { RECIPES } from "../../src/verify/recipes.js";
import { parseSettings } from "../../src/verify/settings.js";
import { evaluate } from "../../src/verify/verdict.js";
import { accessToken } from "../helpers/tokens.js";

const now = new Date("2027-01-01T00:00:00Z");
const seconds = now.getTime() / 1000;

describe("the advice after rotation exists", () => {
  it("the system-user recipe says 60 days and rotate, not Never", () => {
    const text = RECIPES["system-user"].steps.join("\n");
    expect(text).toContain("the 60-day expiration");
    expect(text).toContain("rotate: true");
    expect(text).not.toMatch(/expiration Never/i);
    expect(RECIPES["refresh-60-day"].steps.join("\n")).toContain("wa-token-guard rotate");
  });

  it("an issue about a 24-hour user token recommends the rotated 60-day token", () => {
    const token = accessToken();
    const settings = parseSettings({ token });
    const verdict = evaluate(settings, {
      now,
      token: {
        is_valid: true,
        type: "USER",
        app_id: "100000000000001",
        expires_at: seconds + 3600,
        issued_at: seconds - 3600,
        scopes: ["whatsapp_business_messaging", "whatsapp_business_management"],
      },
    });
    const body = issueBody(verdict, { checkedAt: now });
    expect(body).toContain("60-day");
    expect(body).toContain("rotate");
    expect(body).not.toMatch(/never expire|expiration Never/i);
    expect(body.includes(token)).toBe(false);
  });
});
