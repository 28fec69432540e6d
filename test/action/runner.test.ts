/**
 * src/action/runner.ts speaks to the runner exactly as @actions/core 3.0.1 does (which it stands
 * in for, to keep core's HTTP client out of the action's start): the same bytes on stdout, in the
 * GITHUB_OUTPUT file and in the job summary, the same errors, for awkward values too.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as runner from "../../src/action/runner.js";

const dir = mkdtempSync(join(tmpdir(), "wtg-runner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AWKWARD = [
  "",
  "plain",
  "50% done: a, b, c",
  "two\nlines",
  "windows\r\nline",
  "%0A already escaped %25",
  "::error::inside",
  "ünïcødé ✅ 😀",
  "  padded  ",
  "trailing newline\n",
];

const saved = { ...process.env };
let written: string[];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

/** What `act` prints, with both implementations. */
function printed(act: (impl: typeof runner | typeof core) => void): { ours: string; core: string } {
  written = [];
  act(runner);
  const ours = written.join("");
  written = [];
  act(core);
  return { ours, core: written.join("") };
}

/** The random delimiter of each GITHUB_OUTPUT record, made comparable. */
const sameDelimiter = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, "ghadelimiter_X");

describe("workflow commands on stdout", () => {
  it("masks a value as core.setSecret does, on a runner", () => {
    process.env.GITHUB_ACTIONS = "true";
    for (const value of AWKWARD) {
      const { ours, core: theirs } = printed((impl) => impl.setSecret(value));
      expect(ours).toBe(theirs);
    }
  });

  it("prints no mask command off a runner, where it would only show the secret", () => {
    delete process.env.GITHUB_ACTIONS;
    runner.setSecret("a value to hide");
    expect(written.join("")).toBe("");
  });

  it("writes annotations with and without a title, escaped, as core does", () => {
    const titles = [undefined, "", "Invalid inputs", "a: b, c", "50%\nnew line"];
    for (const kind of ["error", "warning", "notice"] as const) {
      for (const message of AWKWARD) {
        expect(printed((impl) => impl[kind](message)).ours).toBe(printed((impl) => impl[kind](message)).core);
        for (const title of titles) {
          const properties = title === undefined ? {} : { title };
          const { ours, core: theirs } = printed((impl) => impl[kind](message, properties));
          expect(ours).toBe(theirs);
        }
      }
    }
  });

  it("logs a line as core.info does", () => {
    for (const value of AWKWARD) {
      const { ours, core: theirs } = printed((impl) => impl.info(value));
      expect(ours).toBe(theirs);
    }
  });

  it("fails the step as core.setFailed does: an error annotation and exit code 1", () => {
    const { ours, core: theirs } = printed((impl) => impl.setFailed("wa-token-guard: no: really\nno"));
    expect(ours).toBe(theirs);
    expect(process.exitCode).toBe(core.ExitCode.Failure);
    expect(runner.FAILURE_EXIT_CODE).toBe(core.ExitCode.Failure);
  });

  it("sets an output with the old command when there is no GITHUB_OUTPUT file", () => {
    delete process.env.GITHUB_OUTPUT;
    for (const value of AWKWARD) {
      const { ours, core: theirs } = printed((impl) => impl.setOutput("expires-at", value));
      expect(ours).toBe(theirs);
    }
  });
});

describe("inputs", () => {
  it("reads INPUT_<NAME> as core.getInput does, trimmed or not", () => {
    const names = ["token", "graph-api-url", "warn days", "Fail-On-Empty", "missing"];
    for (const value of AWKWARD) {
      for (const name of names) {
        if (name !== "missing") process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
        for (const options of [undefined, {}, { trimWhitespace: false }, { trimWhitespace: true }]) {
          expect(runner.getInput(name, options)).toBe(core.getInput(name, options));
        }
      }
    }
  });
});

describe("the GITHUB_OUTPUT file", () => {
  it("holds the same records as core writes, multi-line values included", () => {
    const ours = join(dir, "ours-output");
    const theirs = join(dir, "core-output");
    writeFileSync(ours, "");
    writeFileSync(theirs, "");
    for (const [index, value] of AWKWARD.entries()) {
      process.env.GITHUB_OUTPUT = ours;
      runner.setOutput(`name-${index}`, value);
      process.env.GITHUB_OUTPUT = theirs;
      core.setOutput(`name-${index}`, value);
    }
    expect(sameDelimiter(readFileSync(ours, "utf8"))).toBe(sameDelimiter(readFileSync(theirs, "utf8")));
    expect(written).toEqual([]);
  });

  it("uses a new delimiter for each record", () => {
    const first = runner.keyValueRecord("status", "ok").split("<<")[1]!.split("\n")[0];
    const second = runner.keyValueRecord("status", "ok").split("<<")[1]!.split("\n")[0];
    expect(first).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });

  it("refuses a missing file with core's words", () => {
    process.env.GITHUB_OUTPUT = join(dir, "no-such-output");
    expect(() => runner.setOutput("status", "ok")).toThrow(
      captureError(() => core.setOutput("status", "ok")),
    );
  });
});

describe("the job summary", () => {
  it("is appended to as core.summary.addRaw(html).write() appends", async () => {
    const ours = join(dir, "ours-summary");
    const theirs = join(dir, "core-summary");
    writeFileSync(ours, "<p>before</p>\n");
    writeFileSync(theirs, "<p>before</p>\n");
    for (const html of ["<h2>✅ Token</h2>\n<table><tr><td>a</td></tr></table>\n", "", "no newline"]) {
      process.env.GITHUB_STEP_SUMMARY = ours;
      await runner.appendSummary(html);
      process.env.GITHUB_STEP_SUMMARY = theirs;
      await coreSummary().addRaw(html).write();
    }
    expect(readFileSync(ours, "utf8")).toBe(readFileSync(theirs, "utf8"));
  });

  it("refuses a missing or read-only file with core's words", async () => {
    const readOnly = join(dir, "read-only-summary");
    writeFileSync(readOnly, "");
    chmodSync(readOnly, 0o444);
    const unwritable = process.getuid?.() === 0 ? [] : [readOnly];
    for (const file of [join(dir, "no-such-summary"), ...unwritable]) {
      process.env.GITHUB_STEP_SUMMARY = file;
      const theirs = await coreSummary()
        .addRaw("x")
        .write()
        .then(
          () => "written",
          (error: Error) => error.message,
        );
      await expect(runner.appendSummary("x")).rejects.toThrow(theirs);
    }
  });
});

/** core.summary, a singleton, made to find its file again (it keeps the first one it found). */
function coreSummary(): typeof core.summary {
  return Object.assign(core.summary.emptyBuffer(), { _filePath: undefined });
}

function captureError(act: () => void): string {
  try {
    act();
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}
