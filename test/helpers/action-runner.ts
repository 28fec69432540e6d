/**
 * Runs the action the way the GitHub runner does, starting from its manifest (action.yml): the
 * manifest is parsed strictly, `runs.using` must be node24, every declared input is passed as
 * INPUT_<NAME> (spaces to `_`, upper-cased, hyphens kept) with the manifest's default for the ones
 * the step does not set, and `runs.main` is started as a child process. Outputs and the job
 * summary are read back from the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseDocument } from "yaml";
import { CELL_LIMIT } from "../../src/report/summary.js";
import { PROJECT_ROOT, runAsync, TEST_RUNNER_NODE } from "./repo.js";

export const MANIFEST = join(PROJECT_ROOT, "action.yml");

export interface ActionManifest {
  path: string;
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

/** The manifest as the runner reads it: strict YAML, or an error naming the first problem. */
export function readManifest(path = MANIFEST): ActionManifest {
  const document = parseDocument(readFileSync(path, "utf8"), { strict: true, uniqueKeys: true });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(`${path} is not valid YAML: ${problem.message.split("\n")[0]}`);
  const manifest = document.toJS() as Omit<ActionManifest, "path">;
  return { path, ...manifest, inputs: manifest.inputs ?? {}, outputs: manifest.outputs ?? {} };
}

/** The runner's environment variable for an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** stdout, stderr, outputs and summary: where a secret must never appear. */
  everything: string;
}

export interface RunOptions {
  /** The event payload the runner writes to GITHUB_EVENT_PATH (default: none, as for a manual run). */
  event?: unknown;
  /** The job's own token, what `${{ github.token }}` expands to. */
  jobToken?: string;
  manifest?: string;
  /**
   * Run the action on another day: the child's clock starts at this ISO time and runs on from
   * there (test/helpers/shifted-clock.ts, preloaded through NODE_OPTIONS; the action is still
   * started from runs.main as the runner starts it). Set the stand-ins' clocks with clockFrom().
   */
  clock?: string;
}

const SHIFTED_CLOCK = pathToFileURL(join(PROJECT_ROOT, "test", "helpers", "shifted-clock.ts"));

/** A clock for a stand-in, in milliseconds, that starts at `at` now and runs on as real time does. */
export function clockFrom(at: string): () => number {
  const offset = Date.parse(at) - Date.now();
  if (Number.isNaN(offset)) throw new Error(`clockFrom: not an ISO time: "${at}"`);
  return () => Date.now() + offset;
}

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: RunOptions = {},
): Promise<ActionRun> {
  const manifest = readManifest(options.manifest);
  if (manifest.runs?.using !== "node24") {
    throw new Error(`${manifest.path}: runs.using is ${manifest.runs?.using}, not node24`);
  }
  if (!process.versions.node.startsWith("24.")) {
    throw new Error(`the action runs on node24; these tests run on Node ${process.versions.node}`);
  }
  const undeclared = Object.keys(inputs).filter((name) => !(name in manifest.inputs));
  if (undeclared.length > 0) {
    // The runner warns ("Unexpected input(s)") and the action never sees them: a test bug.
    throw new Error(`${manifest.path} declares no input ${undeclared.map((name) => `"${name}"`).join(", ")}`);
  }

  const dir = mkdtempSync(join(tmpdir(), "wtg-action-"));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const eventFile = join(dir, "event.json");
  if (options.event !== undefined) writeFileSync(eventFile, JSON.stringify(options.event));
  const context = { "github.token": options.jobToken ?? "job-token-of-this-run" };

  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTION_PATH: dirname(manifest.path),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...(options.event !== undefined && { GITHUB_EVENT_PATH: eventFile }),
    ...(options.clock !== undefined && {
      NODE_OPTIONS: `--import=${SHIFTED_CLOCK.href}?at=${encodeURIComponent(options.clock)}`,
    }),
    ...env,
  };
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const value = inputs[name] ?? expand(String(input?.default ?? ""), context, `${manifest.path}: ${name}`);
    childEnv[inputVariable(name)] = value;
  }
  const main = resolve(dirname(manifest.path), manifest.runs.main);
  const { code, stdout, stderr } = await runAsync(TEST_RUNNER_NODE, [main], dir, childEnv);
  const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
  const summary = readFileSync(summaryFile, "utf8");
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary,
    everything: [stdout, stderr, JSON.stringify(outputs), summary].join("\n"),
  };
}

/** `${{ … }}` in a default, for the few contexts a default may use here; anything else is an error. */
function expand(text: string, context: Record<string, string>, where: string): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const value = context[expression];
    if (value === undefined)
      throw new Error(`${where}: the test runner cannot evaluate \${{ ${expression} }}`);
    return value;
  });
}

/** `name<<ghadelimiter_…\nvalue\nghadelimiter_…` records, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Lines that print the secret anywhere but in the runner's mask command. */
export function leaksOutsideMask(text: string, secrets: readonly string[]): string[] {
  return text
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .filter((line) => secrets.some((secret) => line.includes(secret)));
}

/**
 * The job summary's table cells longer than docs/action.md's bound (CELL_LIMIT characters of
 * text, an entity counting as one): the guarantee that nothing is cut off at 1000 px, since
 * everything else in the summary is paragraphs and lists, which wrap.
 */
export function overlongCells(html: string, bound = CELL_LIMIT): string[] {
  return [...html.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)]
    .map((match) => match[1]!.replace(/<[^>]+>/g, "").replace(/&#\d+;/g, "x"))
    .filter((text) => text.length > bound);
}
