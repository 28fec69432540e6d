/**
 * The hook's hint patterns are derived from the rules: `hooks/pre-commit` must hold exactly the
 * patterns hookHints() builds, and they must match what the engine finds, in every form the
 * decoders read.
 */
import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/engine.js";
import { base64Forms, hookHints, literal, toEre } from "../../src/detect/hints.js";
import { CONTENT_RULES } from "../../src/detect/rules/index.js";
import { hookVariable, hookWouldScan } from "../helpers/hook-hints.js";
import { accessToken, appSecret, percentEncodeAll } from "../helpers/tokens.js";

const expected = hookHints(CONTENT_RULES.flatMap((rule) => rule.hints));

describe("hook hints", () => {
  it("hooks/pre-commit holds the patterns derived from the rules", () => {
    const names = { HINTS: expected.hints, KEYS: expected.keys, KEY_VALUES: expected.keyValues };
    if (process.env.PRINT_HINTS)
      for (const [name, pattern] of Object.entries(names)) console.log(`${name}='${pattern}'`);
    for (const [name, pattern] of Object.entries(names)) {
      expect(pattern.length, name).toBeGreaterThan(0);
      expect(
        hookVariable(name),
        `${name}: regenerate with PRINT_HINTS=1 npx vitest run test/detect/hints.test.ts`,
      ).toBe(pattern);
    }
  });

  it("base64 forms match the encoding at every alignment, in both alphabets", () => {
    const forms = base64Forms(literal("secret")).map((form) => new RegExp(toEre(form)));
    for (const prefix of ["", "x", "xy"]) {
      const encoded = Buffer.from(`${prefix}secret and more`).toString("base64");
      expect(
        forms.some((form) => form.test(encoded)),
        prefix,
      ).toBe(true);
    }
    const urlSafe = Buffer.from("\u00ff\u00fesecret").toString("base64url");
    expect(forms.some((form) => form.test(urlSafe))).toBe(true);
  });
});

describe("the app secret's key-value hint", () => {
  // The longest stretch the rule allows between `secret` and its value: 40 identifier
  // characters, a closing quote and bracket, 16 blanks, `:=`, 16 blanks, an opening quote.
  const longest = `${"x".repeat(40)}"]${" ".repeat(16)}:=${" ".repeat(16)}"`;

  it("reaches the value across the longest separator the rule allows, plain and encoded twice", () => {
    const secret = appSecret();
    const twice = (text: string) => percentEncodeAll(text).replaceAll("%", "%25");
    for (const line of [`APP_SECRET${longest}${secret}"`, `APP_SECRET${twice(longest)}${secret}"`]) {
      expect(detect(line).length).toBe(1);
      expect(hookWouldScan(line)).toBe(true);
    }
    // One character more and the rule no longer reads it as the key's value.
    expect(detect(`APP_SECRET${longest.replace('"]', 'x"]')}${secret}"`).length).toBe(0);
  });

  it("stops at characters no separator holds, as the rule does", () => {
    const secret = appSecret();
    expect(detect(`APP_SECRET: "${secret}"`).length).toBe(1);
    // `|`, `?` and `)` alone separate nothing (only `||`, `??`, `?:` and a call's `)` before one do).
    for (const stop of ";{})<|&!?*#$@~") {
      for (const line of [
        `APP_SECRET${stop}"${secret}"`,
        `APP_SECRET: ${stop}"${secret}"`,
        `APP_SECRET ${stop} ${secret}`,
      ])
        expect(detect(line).length, line.replace(secret, "<secret>")).toBe(0);
    }
  });

  it("is not taken by code that only names a secret", () => {
    for (const line of [
      "const clientSecret = process.env.CLIENT_SECRET;",
      "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
      "  webhookSecret: config.get('whatsapp.webhookSecret'),",
      `if (secret) { hash = "${"0123456789abcdef".repeat(2)}"; }`,
    ])
      expect(hookWouldScan(line), line).toBe(false);
  });
});

describe("the app secret's key-value hint, mixed encodings", () => {
  it("fires on a base64'd value with some characters percent-escaped", () => {
    const encoded = Buffer.from(appSecret()).toString("base64");
    let mixed = "";
    for (let i = 0; i < encoded.length; i++)
      mixed +=
        i % 4 === 0 && encoded[i] !== "="
          ? `%${encoded.charCodeAt(i).toString(16).toUpperCase()}`
          : encoded[i];
    const line = `APP_SECRET=${mixed}`;
    expect(detect(line).length).toBe(1);
    expect(hookWouldScan(line)).toBe(true);
  });
});

describe("a base64'd line with some of its letters percent-escaped", () => {
  // The engine decodes percent escapes and then base64, so a line that was base64'd and then
  // partly escaped (an encoder that escapes more than it must) holds the token as surely as the
  // plain base64 does; every fixed character of a hint's base64 form is a letter or digit, so
  // escaping one of them breaks that form.
  const escapeEvery = (text: string, every: number, offset: number) =>
    [...text]
      .map((c, i) => (i % every === offset && /[A-Za-z0-9]/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : c))
      .join("");

  it.each([
    ["an access token", () => `WHATSAPP_TOKEN=${accessToken()}`],
    ["an app secret", () => `META_APP_SECRET=${appSecret()}`],
  ])("sends %s to the scan", (_, line) => {
    for (const every of [3, 5, 7])
      for (let offset = 0; offset < every; offset++) {
        const form = `data=${escapeEvery(Buffer.from(line()).toString("base64"), every, offset)}`;
        expect(detect(form).length, `every ${every} from ${offset}`).toBe(1);
        expect(hookWouldScan(form), `every ${every} from ${offset}`).toBe(true);
        // Escaped twice (`%2552`), the scan does not decode it; the hint still fires.
        expect(hookWouldScan(form.replaceAll("%", "%25")), `twice, every ${every} from ${offset}`).toBe(true);
      }
  });

  it("does not start node for printf formats and ordinary URL escapes", () => {
    for (const line of [
      'printf("%4d %5s %-8s %3d\\n", n, a, b, c);',
      "https%3A%2F%2Fexample.com%2Fpath%3Fa%3Db%26c%3Dd",
      'strftime("%Y-%m-%d %H:%M:%S")',
      "100%25 done, %20 is a space",
    ])
      expect(hookWouldScan(line), line).toBe(false);
  });
});

describe("a line percent-encoded whole, then base64'd", () => {
  it.each([
    ["an access token", () => `WHATSAPP_TOKEN=${accessToken()}`],
    ["an app secret", () => `META_APP_SECRET=${appSecret()}`],
  ])("sends %s to the scan, at every alignment", (_, line) => {
    for (const prefix of ["", "x", "xy"]) {
      const form = `data=${Buffer.from(prefix + percentEncodeAll(line())).toString("base64")}`;
      if (detect(form).length === 0) continue; // what the scan does not find, the hint need not
      expect(hookWouldScan(form), `prefix "${prefix}"`).toBe(true);
    }
  });

  it("the scan finds the plain case, so the test above is not empty", () => {
    const form = Buffer.from(percentEncodeAll(`WHATSAPP_TOKEN=${accessToken()}`)).toString("base64");
    expect(detect(form).length).toBe(1);
  });
});
