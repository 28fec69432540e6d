/**
 * The hook's hint pattern is derived from the rules: `hooks/pre-commit` must hold exactly the
 * pattern hookHintPattern() builds, and the pattern must match what the engine finds, in every
 * form the decoders read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { base64Forms, hookHintPattern, literal, toEre } from "../../src/detect/hints.js";
import { CONTENT_RULES } from "../../src/detect/rules/index.js";

const HOOK = join(import.meta.dirname, "..", "..", "hooks", "pre-commit");
const expected = hookHintPattern(CONTENT_RULES.flatMap((rule) => rule.hints));

describe("hook hints", () => {
  it("hooks/pre-commit holds the pattern derived from the rules", () => {
    const line = /^HINTS='([^']+)'$/m.exec(readFileSync(HOOK, "utf8"))?.[1];
    if (process.env.PRINT_HINTS) console.log(`HINTS='${expected}'`);
    expect(line, "regenerate with PRINT_HINTS=1 npx vitest run test/detect/hints.test.ts").toBe(expected);
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
