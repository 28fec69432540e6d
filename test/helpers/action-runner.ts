/**
 * Runs the bundled action (dist/action/index.js) the way the GitHub runner does: inputs as
 * INPUT_<NAME> variables (upper-cased, hyphens kept), outputs and the job summary written to
 * the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE, PROJECT_ROOT, runAsync } from "./repo.js";

export const ACTION = join(PROJECT_ROOT, "dist", "action", "index.js");

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** stdout, stderr, outputs and summary: where a secret must never appear. */
  everything: string;
}

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "wtg-action-"));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: "true",
    RUNNER_TEMP: dir,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout, stderr } = await runAsync(NODE, [ACTION], dir, childEnv);
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
