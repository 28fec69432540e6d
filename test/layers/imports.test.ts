/**
 * The folder layout is the architecture: a class two layers need lives where both may import it.
 * `src/github/` sits beside `src/verify/`, not on it: it may read verify's types (erased at build
 * time), never its values, error classes included (those live in src/errors.ts and
 * src/graph/errors.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/repo.js";

function imports(folder: string): { file: string; statement: string }[] {
  const dir = join(PROJECT_ROOT, "src", folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) => {
      const source = readFileSync(join(dir, name), "utf8");
      return [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)";/gms)].map((match) => ({
        file: `${folder}/${name}`,
        statement: match[0],
      }));
    });
}

describe("layers", () => {
  it("src/github imports no value from src/verify (only types)", () => {
    const offending = imports("github").filter(
      ({ statement }) =>
        /from\s+"\.\.\/verify\//.test(statement) && !/^(?:import|export)\s+type\s/.test(statement),
    );
    expect(offending).toEqual([]);
  });

  it("SettingsError has one home, which every settings parser imports", () => {
    for (const folder of ["github", "verify"]) {
      const statements = imports(folder).filter(({ statement }) => /\bSettingsError\b/.test(statement));
      for (const { statement } of statements) expect(statement).toMatch(/from\s+"\.\.\/errors\.js"/);
    }
  });
});
