/** The scrubber every output edge uses: known secrets in every form text carries them, and shapes. */
import { describe, expect, it } from "vitest";
import { isSecretName, Scrubber, secretValues } from "../../src/detect/scrub.js";
import { accessToken, appSecret } from "../helpers/tokens.js";

describe("Scrubber", () => {
  const secret = `${appSecret()}/+&"\\x`;

  it("redacts a known secret as is, URL-encoded and JSON-escaped", () => {
    const scrubber = new Scrubber([secret]);
    for (const form of [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]) {
      const cleaned = scrubber.clean(`before ${form} after`);
      expect(cleaned).not.toContain(form);
      expect(cleaned).toMatch(/^before .+… ?.* \(\d+ chars\) after$/);
    }
  });

  it("redacts credential shapes it was not told about, and a secret inside a longer one", () => {
    const token = accessToken();
    const short = appSecret();
    const cleaned = new Scrubber([short]).clean(`t=${token} app=100000000000001|${short}`);
    expect(cleaned).not.toContain(token);
    expect(cleaned).not.toContain(short);
  });

  it("values of secret-named inputs, and credential-shaped values of any input", () => {
    const token = accessToken();
    const secretInApp = appSecret();
    expect(
      secretValues({
        token: "short",
        "github-token": "ghs_abcdefgh",
        "rotate-github-token": "ghp_12345678",
        "app-secret": "100000000000001",
        "app-id": secretInApp,
        "waba-id": token,
        name: "prod",
        "warn-days": "14",
      }).sort(),
    ).toEqual(["100000000000001", "ghp_12345678", "ghs_abcdefgh", "short", secretInApp, token].sort());
    expect(["token", "app-secret", "admin-token", "db_password"].every(isSecretName)).toBe(true);
    expect(["tokens-file", "secret-name", "name"].some(isSecretName)).toBe(false);
  });
});
