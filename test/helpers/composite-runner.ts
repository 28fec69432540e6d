/**
 * Runs a composite action from its manifest the way the GitHub runner does: inputs and their
 * defaults from `inputs:`, each step of `runs.steps` in order, `if:` conditions evaluated (the
 * default is `success()`), `${{ inputs.* }}`, `${{ steps.*.outputs.* }}` and `${{ github.* }}`
 * substituted in `run`, `env` and `with`, `run` steps executed by bash with the runner's flags
 * and a GITHUB_OUTPUT file of their own, and the action's outputs taken from `outputs.*.value`.
 * Steps that `use` other actions are answered by stand-ins the test provides.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { parseOutputFile } from "./action-runner.js";
import { run } from "./repo.js";

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export interface CompositeManifest {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepRecord {
  step: Step;
  /** `with:` after substitution, for steps that use another action. */
  with: Record<string, string>;
  outcome: "success" | "failure" | "skipped";
  stdout: string;
  stderr: string;
}

export interface CompositeRun {
  outcome: "success" | "failure";
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** Everything every step printed. */
  log: string;
}

/** Stand-in for a `uses:` step: receives its `with:` inputs; returns its outputs, or throws to fail. */
export type UsesStandin = (inputs: Record<string, string>) => Record<string, string> | undefined;

export interface RunOptions {
  /** The workflow's `with:` for this action. */
  inputs?: Record<string, string>;
  /** The `github` context (`event_name`, `event`, …). */
  github?: Record<string, unknown>;
  /** The job's working directory (GITHUB_WORKSPACE). */
  workspace: string;
  env?: NodeJS.ProcessEnv;
  /** Keyed by the action's name without the version (`actions/setup-node`). */
  uses?: Record<string, UsesStandin>;
}

export function readManifest(path: string): CompositeManifest {
  return parse(readFileSync(path, "utf8")) as CompositeManifest;
}

export function runComposite(manifestPath: string, options: RunOptions): CompositeRun {
  const manifest = readManifest(manifestPath);
  if (manifest.runs.using !== "composite") throw new Error(`${manifestPath}: runs.using is not composite`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    const given = options.inputs?.[name];
    if (spec.required && given === undefined && spec.default === undefined)
      throw new Error(`input ${name} is required`);
    inputs[name] = given ?? spec.default ?? "";
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in inputs))
      throw new Error(`unexpected input ${name}: the runner warns, and the test is wrong`);
  }
  const temp = mkdtempSync(join(tmpdir(), "wtg-composite-"));
  const context: Context = { inputs, steps: {}, github: options.github ?? {}, failed: false };
  const records: StepRecord[] = [];
  let log = "";
  manifest.runs.steps.forEach((step, index) => {
    // As on the runner, a condition without a status function means `success() && (…)`.
    const given = (step.if ?? "").replace(/^\$\{\{\s*|\s*\}\}$/g, "");
    const condition =
      given === ""
        ? "success()"
        : /\b(always|success|failure|cancelled)\(\)/.test(given)
          ? given
          : `success() && (${given})`;
    if (!evaluate(condition, context)) {
      records.push({ step, with: {}, outcome: "skipped", stdout: "", stderr: "" });
      return;
    }
    const withInputs = mapValues(step.with ?? {}, (value) => substitute(String(value), context));
    let record: StepRecord;
    if (step.uses) {
      const name = step.uses.replace(/@.*$/, "");
      const standin = options.uses?.[name];
      if (!standin) throw new Error(`no stand-in for uses: ${step.uses}`);
      try {
        const outputs = standin(withInputs) ?? {};
        record = { step, with: withInputs, outcome: "success", stdout: "", stderr: "" };
        if (step.id) context.steps[step.id] = { outputs, outcome: "success" };
      } catch (error) {
        record = { step, with: withInputs, outcome: "failure", stdout: "", stderr: String(error) };
      }
    } else {
      if (step.shell !== "bash") throw new Error(`step ${index}: composite run steps need shell: bash`);
      const outputFile = join(temp, `output-${index}`);
      const script = join(temp, `step-${index}.sh`);
      writeFileSync(outputFile, "");
      writeFileSync(script, substitute(step.run ?? "", context));
      const env: NodeJS.ProcessEnv = {
        ...options.env,
        GITHUB_ACTIONS: "true",
        GITHUB_ACTION_PATH: dirname(manifestPath),
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_EVENT_NAME: String(context.github.event_name ?? ""),
        RUNNER_TEMP: temp,
        ...mapValues(step.env ?? {}, (value) => substitute(String(value), context)),
      };
      // The runner's command line for `shell: bash`.
      const result = run(
        "bash",
        ["--noprofile", "--norc", "-eo", "pipefail", script],
        options.workspace,
        env,
      );
      const outcome = result.code === 0 ? "success" : "failure";
      record = { step, with: {}, outcome, stdout: result.stdout, stderr: result.stderr };
      if (step.id) {
        const outputs = parseOutputFile(
          readFileSync(outputFile, "utf8").replace(/^([\w-]+)=(.*)$/gm, "$1<<EOF\n$2\nEOF"),
        );
        context.steps[step.id] = { outputs, outcome };
      }
    }
    log += record.stdout + record.stderr;
    if (record.outcome === "failure") context.failed = true;
    records.push(record);
  });
  const outputs = mapValues(manifest.outputs ?? {}, (output) => substitute(output.value, context));
  return { outcome: context.failed ? "failure" : "success", steps: records, outputs, log };
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
  github: Record<string, unknown>;
  failed: boolean;
}

function mapValues<T, U>(object: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}

function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) =>
    String(expressionValue(expression, context)),
  );
}

/** The subset of the expression language the manifests use: paths, literals, ==, !=, &&, ||, !, status functions. */
function evaluate(expression: string, context: Context): boolean {
  const inner = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, "");
  return truthy(expressionValue(inner, context));
}

function expressionValue(expression: string, context: Context): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||!|\(|\)|[\w.-]+\(\)|[\w.-]+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const primary = (): unknown => {
    const token = next();
    if (token === undefined) throw new Error(`bad expression: ${expression}`);
    if (token === "!") return !truthy(primary());
    if (token === "(") {
      const value = or();
      next();
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (token === "always()") return true;
    if (token === "success()") return !context.failed;
    if (token === "failure()") return context.failed;
    if (token === "true" || token === "false") return token === "true";
    if (/^-?\d/.test(token)) return Number(token);
    let value: unknown = { inputs: context.inputs, steps: context.steps, github: context.github };
    for (const part of token.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
    return value ?? "";
  };
  const comparison = (): unknown => {
    let left = primary();
    while (peek() === "==" || peek() === "!=") {
      const op = next();
      const right = primary();
      left = op === "==" ? loose(left) === loose(right) : loose(left) !== loose(right);
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek() === "&&") {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === "||") {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  return or();
}

/** GitHub compares case-insensitively after coercion; strings here are enough. */
const loose = (value: unknown) => String(value ?? "").toLowerCase();
const truthy = (value: unknown) =>
  value !== "" && value !== false && value !== 0 && value !== undefined && value !== null;
