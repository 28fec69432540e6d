/**
 * action.yml is the action's interface as users and the runner see it; src/action/inputs.ts is
 * the same interface in code. They must be equal: every input, its default, every output, and
 * every name the code reads or writes with a literal (`getInput("x")`, `setOutput("x", …)`).
 * Each difference is reported on its own line, saying which name is missing where.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_INPUT_DEFAULTS, ACTION_OUTPUT_NAMES } from "../../src/action/inputs.js";
import { CELL_LIMIT } from "../../src/report/summary.js";
import { inputVariable, readManifest } from "../helpers/action-runner.js";
import { PROJECT_ROOT } from "../helpers/repo.js";

const CODE = "ACTION_INPUT_DEFAULTS (src/action/inputs.ts, from the settings modules' option defaults)";
const OUTPUTS_CODE = "ACTION_OUTPUT_NAMES (src/action/inputs.ts)";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Names used as string literals in `getInput("…")` / `setOutput("…")` calls, with where. */
function literalNames(call: "getInput" | "setOutput"): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of sourceFiles(join(PROJECT_ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(new RegExp(`\\b${call}\\(\\s*["'\`]([^"'\`]+)["'\`]`, "g"))) {
      const line = text.slice(0, match.index).split("\n").length;
      names.set(match[1]!, `${relative(PROJECT_ROOT, file)}:${line}`);
    }
  }
  return names;
}

describe("action.yml and the code agree", () => {
  const manifest = readManifest();

  it("runs on node24 from the bundled entry point", () => {
    expect(manifest.runs).toEqual({ using: "node24", main: "dist/action/index.js" });
  });

  it("every input, with the same default, in both", () => {
    const problems: string[] = [];
    for (const name of Object.keys(manifest.inputs)) {
      if (!(name in ACTION_INPUT_DEFAULTS))
        problems.push(`input "${name}": declared in action.yml, missing from ${CODE}`);
    }
    for (const [name, codeDefault] of Object.entries(ACTION_INPUT_DEFAULTS)) {
      const declared = manifest.inputs[name];
      if (declared === undefined) {
        problems.push(`input "${name}": in ${CODE}, missing from action.yml's inputs`);
        continue;
      }
      const manifestDefault = declared?.default === undefined ? undefined : String(declared.default);
      const normalized = (value: string | undefined) => (value === "" ? undefined : value);
      if (normalized(manifestDefault) !== normalized(codeDefault)) {
        problems.push(
          `input "${name}": action.yml's default is ${JSON.stringify(manifestDefault ?? null)}, the code's is ${JSON.stringify(codeDefault ?? null)}`,
        );
      }
      if (!declared?.description?.trim()) problems.push(`input "${name}": action.yml gives no description`);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
        problems.push(`input "${name}": use lower-case words joined by hyphens`);
      }
    }
    for (const [name, where] of literalNames("getInput")) {
      if (!(name in manifest.inputs))
        problems.push(`input "${name}": read at ${where}, missing from action.yml`);
      if (!(name in ACTION_INPUT_DEFAULTS))
        problems.push(`input "${name}": read at ${where}, missing from ${CODE}`);
    }
    expect(problems).toEqual([]);
  });

  it("every output in both", () => {
    const problems: string[] = [];
    for (const name of Object.keys(manifest.outputs)) {
      if (!ACTION_OUTPUT_NAMES.includes(name))
        problems.push(`output "${name}": declared in action.yml, missing from ${OUTPUTS_CODE}`);
      if (!manifest.outputs[name]?.description?.trim())
        problems.push(`output "${name}": action.yml gives no description`);
    }
    for (const name of ACTION_OUTPUT_NAMES) {
      if (!(name in manifest.outputs))
        problems.push(`output "${name}": in ${OUTPUTS_CODE}, missing from action.yml`);
    }
    for (const [name, where] of literalNames("setOutput")) {
      if (!(name in manifest.outputs))
        problems.push(`output "${name}": set at ${where}, missing from action.yml`);
      if (!ACTION_OUTPUT_NAMES.includes(name))
        problems.push(`output "${name}": set at ${where}, missing from ${OUTPUTS_CODE}`);
    }
    expect(problems).toEqual([]);
  });

  it("the runner's variable names: upper-cased, spaces to _, hyphens kept", () => {
    expect(inputVariable("warn-days")).toBe("INPUT_WARN-DAYS");
    expect(inputVariable("some input")).toBe("INPUT_SOME_INPUT");
  });
});

describe("docs/action.md documents the outputs and the summary's bound", () => {
  const docs = readFileSync(join(PROJECT_ROOT, "docs", "action.md"), "utf8");

  it("one table gives every output's values, and names no output the action lacks", () => {
    const section = /^## Outputs\n([\s\S]*?)^## /m.exec(docs)?.[1] ?? "";
    const rows = section.split("\n").filter((line) => /^\| `/.test(line));
    const documented = rows.flatMap((row) =>
      [...row.split("|")[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!),
    );
    expect(ACTION_OUTPUT_NAMES.filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name) => !ACTION_OUTPUT_NAMES.includes(name))).toEqual([]);
    for (const row of rows) expect(row.split("|")[2]!.trim(), row.split("|")[1]).not.toBe("");
  });

  it("the table-cell bound the summary keeps is the one the docs promise", () => {
    expect(docs).toContain(`cells of at most **${CELL_LIMIT} characters**`);
  });
});
