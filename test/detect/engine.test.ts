import { describe, expect, it } from "vitest";
import { appIdFromAccessToken } from "../../src/detect/app-id.js";
import { isDotenvPath } from "../../src/detect/dotenv.js";
import { detect } from "../../src/detect/engine.js";
import { fingerprint, redact } from "../../src/detect/redact.js";
import { scrub } from "../../src/detect/scrub.js";
import { POSITIVES } from "../helpers/positives.js";
import { accessToken, appSecret, appToken, randomChars, TEST_APP_ID } from "../helpers/tokens.js";

const token = accessToken();
const secret = appSecret();
const app = appToken();
const blob = randomChars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

describe("detect: positives", () => {
  for (const c of POSITIVES) {
    it(`finds the ${c.rule} in ${c.name}`, () => {
      const found = detect(c.text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: c.rule, line: c.line, column: c.column });
      expect(found[0]!.encoding).toBe(c.encoding);
      if (c.secret) expect(found[0]!.secret).toBe(c.secret);
    });
  }

  it("finds tokens whatever the fourth character (app-id range) is", () => {
    for (const appId of [5n, 145634995501895n, 450000000000000n, 1450000000000000n, 1234567890123456n]) {
      const t = accessToken({ appId });
      expect(detect(`x=${t}`).map((d) => d.secret)).toEqual([t]);
    }
  });

  it("finds every token of a line, in order", () => {
    const a = accessToken();
    const b = accessToken();
    expect(detect(`${a} ${b}`).map((d) => d.column)).toEqual([1, a.length + 2]);
  });

  it("decodes the app id from the token prefix", () => {
    const found = detect(`t=${accessToken({ appId: 911602140448729n })}`);
    expect(found[0]!.appId).toBe("911602140448729");
    expect(detect(`t=${app}`)[0]!.appId).toBe(String(TEST_APP_ID));
  });
});

describe("detect: negatives", () => {
  const NEGATIVES: Record<string, string> = {
    "letter glued before": `x${token}`,
    "digit glued before": `9${token}`,
    "base64: plus before, inside a blob": `${blob}+${token}/${blob}`,
    "base64: slash before, inside a blob": `${blob}/${token}+${blob}==`,
    "base64: padding after": `${token}==`,
    "too short": `TOKEN=EAA${randomChars(60)}`,
    "placeholder EAA...": "WHATSAPP_TOKEN=EAA...",
    "placeholder EAAxxxx": `WHATSAPP_TOKEN=EAAG${"x".repeat(120)}`,
    "one repeated character": `t=EAA${"A".repeat(150)}`,
    "counting sequence": `t=EAA${"0123456789abcdefghijklmnopqrstuvwxyz".repeat(5)}`,
    "repeated EAA": `t=${"EAA".repeat(100)}`,
    "angle placeholder": "WHATSAPP_TOKEN=<YOUR_ACCESS_TOKEN>",
    "dashed placeholder": "token: your-access-token-here",
    "GitHub secret reference": "token: ${{ secrets.WHATSAPP_TOKEN }}",
    "process.env reference": "const token = process.env.WHATSAPP_TOKEN;",
    "bare md5": `checksum: ${appSecret()}`,
    etag: `ETag: "${appSecret()}"`,
    "client token": `META_CLIENT_TOKEN=${appSecret()}`,
    "client_secret, no Meta context": `GOOGLE_CLIENT_SECRET=${appSecret()}`,
    "app secret reference": "META_APP_SECRET=${{ secrets.META_APP_SECRET }}",
    "app secret placeholder": `META_APP_SECRET=${"0".repeat(32)}`,
    "app secret sequence": "APP_SECRET=0123456789abcdef0123456789abcdef",
    "hex too long": `APP_SECRET=${appSecret()}ab`,
    "app id with 17 digits": `12345678901234567|${appSecret()}`,
    "app token, prose after pipe": "100000000000001|thisisjustsomeplainlowercaseword",
  };
  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(`ignores ${name}`, () => expect(detect(text)).toEqual([]));
  }

  it("a + at the start of a line is a diff marker (a patch, a committed .patch file), not base64", () => {
    const patch = `@@ -0,0 +1,2 @@\n+${token}\n-${token}\n`;
    expect(detect(patch).map((d) => d.line)).toEqual([2, 3]);
    expect(detect(`x\n+${token}`).map((d) => d.column)).toEqual([2]);
    // Short neighbours are not a base64 blob (see holes.test.ts): `ab+EAA…` and `++EAA…` are found.
  });

  it("honours the allow comment on the same line only", () => {
    const text = `a=${token} # wa-token-guard:allow\nb=${token}`;
    expect(detect(text).map((d) => d.line)).toEqual([2]);
  });
});

describe("app id, redaction, fingerprint, scrub, dotenv", () => {
  it("decodes the documented Graph API Explorer prefix", () => {
    // The public prefix of Graph API Explorer tokens; no secret material.
    expect(appIdFromAccessToken("EAACEdEose0cBA")).toBe("145634995501895");
  });

  it("redacts to at most 4 + 2 characters and the length", () => {
    expect(redact(token)).toBe(`${token.slice(0, 4)}…${token.slice(-2)} (${token.length} chars)`);
    expect(redact(secret)).toBe(`${secret.slice(0, 4)}…${secret.slice(-2)} (32 chars)`);
    expect(redact("abcdefghijkl")).toBe("ab…a (12 chars)".replace("a (", "l ("));
  });

  it("fingerprints by content: stable, and different per secret", () => {
    expect(fingerprint(token)).toBe(fingerprint(token));
    expect(fingerprint(token)).not.toBe(fingerprint(accessToken()));
    expect(fingerprint(token)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("scrubs credentials out of arbitrary text", () => {
    const clean = scrub(`failed: ${token} and ${app}`);
    expect(clean).not.toContain(token);
    expect(clean).not.toContain(app);
    expect(clean).toContain(redact(token));
  });

  it.each([
    [".env", true],
    ["config/.env", true],
    [".env.local", true],
    [".env.production", true],
    ["a/b/.env.development.local", true],
    [".env.example", false],
    [".env.sample", false],
    [".env.template", false],
    [".env.dist", false],
    [".envrc", false],
    ["env", false],
    ["docs/dotenv.md", false],
  ])("dotenv path %s -> %s", (path, blocked) => expect(isDotenvPath(path)).toBe(blocked));
});
