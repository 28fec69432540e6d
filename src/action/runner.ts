/**
 * The runner's side of a JavaScript action, the few parts this action uses: inputs
 * (INPUT_<NAME>), outputs (the GITHUB_OUTPUT file), workflow commands on stdout (::add-mask::,
 * annotations), the exit code and the job summary (GITHUB_STEP_SUMMARY).
 *
 * Written exactly as @actions/core 3.0.1 writes them (the same escaping, the same delimiter,
 * the same errors; test/action/runner.test.ts compares the two byte for byte), instead of
 * importing it: @actions/core's one entry point loads its HTTP client (@actions/http-client and
 * undici, for OIDC tokens) and @actions/exec before the first input is read, ~1 MB parsed at every
 * start, ~40 ms of a cold start (README, "The action's cold start"). Its package has no deep
 * imports and no `sideEffects: false`, so no bundler can leave that out.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, constants as fs } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import { EOL } from "node:os";

/** The exit code of a failed step. */
export const FAILURE_EXIT_CODE = 1;

/** An annotation's title (the only annotation property this action sets). */
export interface AnnotationProperties {
  title?: string;
}

/** INPUT_<NAME> (spaces as underscores, upper-cased), trimmed unless told not to; "" when unset. */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  return options.trimWhitespace === false ? value : value.trim();
}

/**
 * The runner hides this value in every later line of the log. Only on a runner (GITHUB_ACTIONS,
 * which GitHub's runner and `act` set): anywhere else nothing reads the command, and printing it
 * would put the secret itself on a terminal (`npm run local-action`, `node dist/action/index.js`).
 * This is where the action differs from @actions/core, which always prints it.
 */
export function setSecret(secret: string): void {
  if (process.env.GITHUB_ACTIONS !== "true") return;
  issueCommand("add-mask", {}, secret);
}

/** A `name<<delimiter` record in the GITHUB_OUTPUT file; the old ::set-output:: command without it. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || "";
  if (file) {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${keyValueRecord(name, value)}${EOL}`, { encoding: "utf8" });
    return;
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, value);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand("error", annotation(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand("warning", annotation(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand("notice", annotation(properties), message);
}

/** An error annotation, and the step's exit code set to failure. */
export function setFailed(message: string): void {
  process.exitCode = FAILURE_EXIT_CODE;
  error(message);
}

/** Appends HTML to the job summary file (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.",
    );
  }
  try {
    await access(file, fs.R_OK | fs.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(file, html, { encoding: "utf8" });
}

/** `name<<ghadelimiter_<uuid>`, the value, the delimiter: a value can hold any line but that one. */
export function keyValueRecord(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** No properties at all, or every one the runner reads (@actions/core's toCommandProperties). */
function annotation(properties: AnnotationProperties): Record<string, string | undefined> {
  return Object.keys(properties).length === 0 ? {} : { title: properties.title };
}

/**
 * `::command key=value,key=value::message`, properties without a value left out (but, as in
 * @actions/core, the space before them kept: `::error ::message` for an empty title).
 */
export function workflowCommand(
  command: string,
  properties: Record<string, string | undefined>,
  message: string,
): string {
  const pairs = Object.entries(properties)
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  const list = Object.keys(properties).length > 0 ? ` ${pairs.join(",")}` : "";
  return `::${command}${list}::${escapeData(message)}`;
}

function issueCommand(
  command: string,
  properties: Record<string, string | undefined>,
  message: string,
): void {
  process.stdout.write(workflowCommand(command, properties, message) + EOL);
}

/** A message cannot end the command early: a line break would. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value cannot end the property list (`,`) or the properties (`:`) either. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
