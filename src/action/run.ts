/**
 * The GitHub Action, a thin orchestrator: read the inputs, check the token, report (outputs,
 * annotations, log, job summary), keep the expiry issue. It never fails the step itself: it
 * returns why the step fails, and index.ts does that. Whatever happens, including a bug, the
 * `status` output and the job summary are written.
 */
import type { Scrubber } from "../detect/scrub.js";
import { UserError } from "../errors.js";
import type { IssueResult } from "../github/expiry-issue.js";
import { whySecretsAreMissing } from "../github/secretless-run.js";
import { type IssueSettings, parseIssueSettings } from "../github/settings.js";
import { escapeHtml, formatSkippedSummary, formatStoppedSummary, formatSummary } from "../report/summary.js";
import { needsAttention, sentence } from "../report/verdict-parts.js";
import { formatVerifyText } from "../report/verify-text.js";
import type { RotationResult } from "../rotate/rotate.js";
import {
  type ActionRotation,
  parseActionRotation,
  ROTATE_OPTION_DEFAULTS,
  type RotateOptionName,
} from "../rotate/settings.js";
import { sharedTokenCheck } from "../verify/checks/shared-token.js";
import {
  OPTION_DEFAULTS,
  type OptionName,
  parseSettings,
  type RawOptions,
  SettingsError,
  type VerifySettings,
} from "../verify/settings.js";
import { evaluate, type Verdict, withCheck } from "../verify/verdict.js";
import { gatherFacts, verifyToken } from "../verify/verify.js";
import { parseActionOnlySettings, SKIPPED_STATUS } from "./inputs.js";
import { actionOutputs, OUTPUT_NAMES } from "./outputs.js";
import { readRunContext } from "./run-context.js";
import * as runner from "./runner.js";
import { maskSecretInputs } from "./secrets.js";

export interface Outcome {
  verdict?: Verdict;
  /** One line for the failed step; undefined when the step passes. */
  failure?: string;
  /** The failure is already shown as titled annotations: the step needs only its exit code. */
  annotated: boolean;
}

const TITLE = "WhatsApp token check";

export async function run(): Promise<Outcome> {
  // Masking comes before anything else can print: the runner hides these values from then on.
  const scrubber = maskSecretInputs();
  const clean = (text: string) => scrubber.clean(text);
  const rawToken = runner.getInput("token", { trimWhitespace: false });
  // Set the moment a rotated token is stored: a bug after that must not hide the write.
  const written: { to?: string } = {};
  try {
    return await check(rawToken, scrubber, written);
  } catch (error) {
    // A bug. The step still reports a status and a summary, and says what to send us.
    const stored = written.to
      ? ` The new token was already stored in the ${written.to}; the old token still works.`
      : "";
    const message = clean(`wa-token-guard: internal error: ${(error as Error).message}.${stored}`);
    runner.setOutput("status", "failed");
    await writeSummary(
      formatStoppedSummary(TITLE, "wa-token-guard stopped on an internal error (a bug: please report it)", [
        message,
      ]),
    );
    return { failure: message, annotated: false };
  }
}

async function check(rawToken: string, scrubber: Scrubber, written: { to?: string }): Promise<Outcome> {
  const clean = (text: string) => scrubber.clean(text);
  // A fork's pull request or a Dependabot run gets no Actions secrets: an empty token is expected.
  const noSecrets = rawToken.trim() === "" ? whySecretless() : undefined;
  const inputs = readInputs(rawToken, noSecrets);
  if ("skipped" in inputs) {
    runner.setOutput("status", SKIPPED_STATUS);
    runner.notice(`${inputs.skipped} The token check is skipped (set fail-on-empty: true to fail instead).`, {
      title: `${TITLE} skipped`,
    });
    await writeSummary(formatSkippedSummary(TITLE, inputs.skipped));
    return { annotated: false };
  }
  if ("problems" in inputs) {
    const why = noSecrets ? `. ${noSecrets}` : "";
    const message = clean(`wa-token-guard: ${new SettingsError(inputs.problems).message}${why}`);
    runner.setOutput("status", "failed");
    runner.error(message, { title: "Invalid inputs" });
    await writeSummary(
      formatStoppedSummary(
        TITLE,
        "The inputs are not valid, so the token was not checked",
        inputs.problems.map(clean),
      ),
    );
    return { failure: message, annotated: true };
  }
  const { settings, issueSettings, rotation } = inputs;

  let verdict: Verdict;
  let rotated: RotationResult | undefined;
  try {
    if (rotation) ({ verdict, rotated } = await checkAndRotate(settings, rotation, scrubber, written));
    else verdict = await verifyToken(settings);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const message = clean(`wa-token-guard: ${error.message}`);
    runner.setOutput("status", "failed");
    await writeSummary(formatStoppedSummary(TITLE, "The token could not be checked", [message]));
    return { failure: message, annotated: false };
  }

  // The issue comes after the verdict, and a failure to manage it never hides the token's status.
  let issue: IssueResult | undefined;
  let issueProblem: string | undefined;
  if (issueSettings && verdict.status !== "unanswered") {
    const managed = await manageIssue(issueSettings, verdict, clean, rotated, settings.timeoutSeconds * 1000);
    if ("problem" in managed) issueProblem = clean(managed.problem);
    else {
      issue = managed;
      verdict = managed.verdict;
    }
  }

  const outputs = actionOutputs(verdict);
  for (const name of OUTPUT_NAMES) runner.setOutput(name, clean(outputs[name]));
  if (issue?.number !== undefined) runner.setOutput("issue-number", String(issue.number));
  runner.setOutput("rotated", String(rotated?.outcome === "rotated"));
  runner.setOutput(
    "new-expires-at",
    rotated?.outcome === "rotated"
      ? (rotated.expiresAt?.toISOString().replace(/\.\d+Z$/, "Z") ?? "never")
      : "",
  );
  if (rotated?.outcome === "skipped" || rotated?.outcome === "dry-run") {
    runner.notice(clean(`Rotation: ${rotated.note}`), { title: "Rotation" });
  }
  runner.info(clean(formatVerifyText(verdict, false)));
  for (const item of needsAttention(verdict)) {
    const failing =
      item.status === "failed" || (item.status === "unanswered" && settings.onUnanswered === "fail");
    (failing ? runner.error : runner.warning)(clean(sentence(item)), { title: item.title });
  }
  if (issue && issue.action !== "none") {
    runner.info(`Expiry issue #${issue.number}: ${issue.action}${issue.note ? ` (${issue.note})` : ""}.`);
  }
  if (issueProblem) runner.error(issueProblem, { title: "Expiry issue" });

  const title = issueSettings?.name ? `${TITLE} (${issueSettings.name})` : TITLE;
  await writeSummary(
    clean(formatSummary(verdict, title, clean) + issueSummary(issueSettings, verdict, issue, issueProblem)),
  );
  const fails = stepFails(verdict, settings);
  const failures = [fails ? clean(verdict.headline) : undefined, issueProblem].filter(Boolean);
  return { verdict, annotated: true, ...(failures.length > 0 && { failure: failures.join(" Also: ") }) };
}

/**
 * The token check, then the rotation step; the verdict is then the stored token's, with the
 * rotation as one more check. The new token is masked (and scrubbed from every output) the
 * moment it exists.
 */
async function checkAndRotate(
  settings: VerifySettings,
  rotation: ActionRotation,
  scrubber: Scrubber,
  written: { to?: string },
): Promise<{ verdict: Verdict; rotated: RotationResult }> {
  // Loaded on first use: the sealed box (libsodium) and the rotation are only for rotating runs.
  const [{ rotateActionSecret }, { rotationVerdict }] = await Promise.all([
    import("../rotate/action-rotation.js"),
    import("../rotate/verdict.js"),
  ]);
  const facts = await gatherFacts(settings, new Date());
  const before = evaluate(settings, facts);
  const rotated = await rotateActionSecret(rotation, settings, facts, {
    env: process.env,
    mask: (secret) => {
      runner.setSecret(secret);
      scrubber.add(secret);
    },
    onStored: (description) => {
      written.to = description;
    },
  });
  return { verdict: rotationVerdict(before, rotated), rotated };
}

function stepFails(verdict: Verdict, settings: VerifySettings): boolean {
  return verdict.status === "failed" || (verdict.status === "unanswered" && settings.onUnanswered === "fail");
}

/** Both sets of inputs are checked before anything runs, and every problem is reported at once. */
function readInputs(
  rawToken: string,
  noSecrets: string | undefined,
):
  | {
      settings: VerifySettings;
      issueSettings: IssueSettings | undefined;
      rotation: ActionRotation | undefined;
    }
  | { problems: string[] }
  | { skipped: string } {
  const raw: RawOptions = { token: rawToken };
  for (const name of Object.keys(OPTION_DEFAULTS) as OptionName[]) {
    if (name !== "token") raw[name] = runner.getInput(name);
  }
  const problems: string[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const actionOnly = attempt(() =>
    parseActionOnlySettings({ "fail-on-empty": runner.getInput("fail-on-empty") }),
  );
  if (noSecrets && actionOnly && !actionOnly.failOnEmpty) return { skipped: noSecrets };
  const settings = attempt(() => parseSettings(raw));
  const issueSettings = attempt(() =>
    parseIssueSettings({
      "open-issue": runner.getInput("open-issue"),
      "github-token": runner.getInput("github-token"),
      "api-url": process.env.GITHUB_API_URL,
      "issue-label": runner.getInput("issue-label"),
      "issue-assignees": runner.getInput("issue-assignees"),
      name: runner.getInput("name"),
    }),
  );
  const rotation = attempt(() =>
    parseActionRotation(
      Object.fromEntries(
        (Object.keys(ROTATE_OPTION_DEFAULTS) as RotateOptionName[]).map((name) => [
          name,
          runner.getInput(name),
        ]),
      ),
      {
        repository: process.env.GITHUB_REPOSITORY,
        apiUrl: process.env.GITHUB_API_URL,
        jobToken: runner.getInput("github-token"),
        hasApp: Boolean(raw["app-id"]?.trim() && raw["app-secret"]?.trim()),
      },
    ),
  );
  if (!settings || problems.length > 0) return { problems };
  return { settings, issueSettings, rotation };
}

/** Why this run got no secrets (a fork, Dependabot), or undefined. */
function whySecretless(): string | undefined {
  return whySecretsAreMissing(readRunContext());
}

async function manageIssue(
  settings: IssueSettings,
  verdict: Verdict,
  clean: (text: string) => string,
  rotation: RotationResult | undefined,
  /** timeout-seconds, for each GitHub API call. */
  timeoutMs: number,
): Promise<IssueResult | { problem: string }> {
  // Loaded on first use: octokit is a large part of the bundle, and most runs never open an issue.
  const [{ context }, { IssueError, syncExpiryIssue }] = await Promise.all([
    import("@actions/github"),
    import("../github/expiry-issue.js"),
  ]);
  if (!process.env.GITHUB_REPOSITORY) {
    return { problem: "open-issue works in a GitHub Actions run: GITHUB_REPOSITORY is not set." };
  }
  const repository = context.repo;
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  const name = settings.name;
  try {
    return await syncExpiryIssue(settings, repository, verdict, {
      ...(runUrl && { runUrl }),
      now: new Date(),
      clean,
      ...(rotation?.outcome === "rotated" && {
        rotated: {
          ...(rotation.expiresAt && { expiresAt: rotation.expiresAt }),
          revoked: rotation.revoked,
        },
      }),
      timeoutMs,
      ...(name && { sharedWith: (others: string[]) => withCheck(verdict, sharedTokenCheck(name, others)) }),
    });
  } catch (error) {
    if (error instanceof IssueError) return { problem: error.message };
    throw error;
  }
}

function issueSummary(
  settings: IssueSettings | undefined,
  verdict: Verdict,
  issue: IssueResult | undefined,
  problem: string | undefined,
): string {
  if (problem) return `<p>❌ Expiry issue: ${escapeHtml(problem)}</p>\n`;
  if (settings && verdict.status === "unanswered") {
    return "<p>Expiry issue left as it is: the Graph API could not be asked, which says nothing about the token.</p>\n";
  }
  if (!issue || issue.action === "none") return "";
  const link = issue.url ? `<a href="${escapeHtml(issue.url)}">#${issue.number}</a>` : `#${issue.number}`;
  return `<p>Expiry issue ${link}: ${issue.action}${issue.note ? ` (${escapeHtml(issue.note)})` : ""}.</p>\n`;
}

/** The job summary, when the runner provides one (GITHUB_STEP_SUMMARY). */
async function writeSummary(html: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await runner.appendSummary(html);
}
