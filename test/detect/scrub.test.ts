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

  it("redacts any piece of 12 characters or more of a known secret: a cut prefix, a middle, another case", () => {
    const token = accessToken();
    const scrubber = new Scrubber([token]);
    for (const piece of [token.slice(0, 12), token.slice(0, 62), token.slice(40, 90), token.slice(-20)]) {
      for (const shown of [piece, piece.toUpperCase()]) {
        const cleaned = scrubber.clean(`token was ${shown}…`);
        expect(cleaned.includes(shown)).toBe(false);
        expect(cleaned.startsWith("token was ")).toBe(true);
      }
    }
    // Shorter pieces are ordinary text, and text around a piece is kept as it is.
    expect(scrubber.clean(`id ${token.slice(0, 11)} İstanbul`)).toBe(`id ${token.slice(0, 11)} İstanbul`);
    const cleaned = scrubber.clean(`İ ${token.slice(3, 40)} after`);
    expect(cleaned).toBe("İ …(37 chars) after");
  });

  it("a token spelled out in groups, whatever joins them, shows none of its characters", () => {
    const token = accessToken();
    const secret = appSecret();
    const scrubber = new Scrubber([token, secret]);
    for (const [value, size] of [
      [token, 15],
      [token, 12],
      [secret, 12],
    ] as const) {
      for (const joiner of [" ", "-", ".", "\u200b"]) {
        const groups = value.match(new RegExp(`.{1,${size}}`, "g"))!;
        const cleaned = scrubber.clean(`Bad ${groups.join(joiner)}`);
        // Every whole group is hidden; at most the last, shorter one remains.
        const shownGroups = groups.filter((group) => group.length === size && cleaned.includes(group));
        expect(shownGroups).toEqual([]);
      }
    }
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
    expect(["tokens-file", "secret-name", "name", "rotate-secret", "github-secret"].some(isSecretName)).toBe(
      false,
    );
  });
});
