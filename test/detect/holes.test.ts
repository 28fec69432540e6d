/**
 * Detection holes a hostile tester found (F13, F14, F16, F7b, placeholder words), each as the
 * user meets it: the text or the file name the engine is given. Tokens are built at run time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detect } from "../../src/detect/engine.js";
import { detectInPath, redactPath } from "../../src/detect/paths.js";
import { redact } from "../../src/detect/redact.js";
import { accessToken, percentEncodeAll, randomChars } from "../helpers/tokens.js";

const token = accessToken();
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

describe("F13: lines end at \\n, \\r\\n or a lone \\r", () => {
  for (const [name, eol] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR only", "\r"],
  ] as const) {
    it(`an allow comment silences only its own line (${name})`, () => {
      const text = [
        "# config (wa-token-guard:allow for the sample below)",
        "SAMPLE=x",
        `WHATSAPP_TOKEN=${token}`,
      ].join(eol);
      expect(detect(text).map((d) => [d.line, d.column])).toEqual([[3, 16]]);
    });
  }

  it("counts a CR-only file's lines for line numbers, and mixed endings as editors do", () => {
    expect(detect(`a\rb\r\nc\n\rt=${token}`).map((d) => d.line)).toEqual([5]);
  });

  it("an allowed token on one line leaves a token on the next CR-separated line reported", () => {
    const text = `a=${token} # wa-token-guard:allow\rb=${token}`;
    expect(detect(text).map((d) => d.line)).toEqual([2]);
  });
});

describe("F16: full-length tokens are not hidden by heuristics", () => {
  const found = (text: string) => detect(text).map((d) => d.secret);
  it.each([
    ["followed by ...", `Paste this token: ${token}...`],
    ["followed by an ellipsis", `Bearer ${token}…`],
    ["a URL path segment", `curl https://proxy.example.com/wa/${token}/messages`],
    ["followed by + in a query string", `curl "https://graph.facebook.com/v19.0/me?access_token=${token}+"`],
    ["after a short word and +", `ab+${token}`],
    ["after ++ in a committed .patch file", `x\n++${token}`],
  ])("%s", (_, text) => expect(found(text)).toEqual([token]));

  it("still ignores a base64 blob that merely contains an EAA… run", () => {
    const blob = (n: number) => randomChars(n, BASE64_ALPHABET);
    const run = `EAA${randomChars(120)}`;
    for (const text of [`${blob(40)}+${run}/${blob(40)}`, `x=${blob(40)}/${run}+${blob(40)}==`]) {
      expect(detect(text).filter((d) => d.raw.startsWith("EAA"))).toEqual([]);
    }
    expect(detect(`${token}==`)).toEqual([]);
  });
});

describe("F14: a path component is a name, not base64", () => {
  for (const path of [`v1+${token}.json`, `${token}=.txt`, `cache/${token}+v2/a.txt`, `a=${token}=`]) {
    it(`finds and redacts the token in ${path.replace(token, "<token>")}`, () => {
      expect(detectInPath(path).map((d) => d.secret)).toEqual([token]);
      const shown = redactPath(path);
      expect(shown).not.toContain(token);
      expect(shown).toContain(redact(token));
    });
  }
});

describe("F7 (b): a fully percent-encoded token", () => {
  const encoded = percentEncodeAll(token);
  it("is found by the scan", () => {
    const found = detect(`url=https://x.example/?t=${encoded}`);
    expect(found.map((d) => [d.secret, d.encoding])).toEqual([[token, "percent"]]);
  });

  it("fires the hook's hints, encoded wholly, or only in its EAA, or twice", () => {
    const hook = readFileSync(join(import.meta.dirname, "..", "..", "hooks", "pre-commit"), "utf8");
    const hints = new RegExp(/^HINTS='([^']+)'$/m.exec(hook)![1]!);
    for (const text of [
      encoded,
      `%45%41%41${token.slice(3)}`,
      encoded.replaceAll("%", "%25"),
      `%45%41%41`.toLowerCase() + token.slice(3),
    ]) {
      expect(hints.test(`t=${text}`)).toBe(true);
    }
  });
});

describe("placeholders: a word inside a random body is not a placeholder", () => {
  it.each(["dummy", "example", "redacted", "changeme"])("keeps a token whose body holds %s", (word) => {
    const real = `${token.slice(0, 60)}${word}${token.slice(60)}`;
    expect(detect(`t=${real}`).map((d) => d.secret)).toEqual([real]);
  });

  it("still drops bodies that are mostly placeholder text", () => {
    expect(detect(`t=EAAB${"placeholder".repeat(10)}`)).toEqual([]);
    expect(detect(`t=EAAB${"YourAccessTokenHere".repeat(3)}${"dummy".repeat(8)}12`)).toEqual([]);
  });
});
