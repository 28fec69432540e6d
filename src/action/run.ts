/**
 * The GitHub Action: read the inputs, check the token, report (outputs, annotations, job
 * summary). It never fails the step itself: it returns why it failed, and index.ts does that.
 */
import * as core from "@actions/core";
import { context } from "@actions/github";
import { UserError } from "../errors.js";
import { IssueError, type IssueResult, syncExpiryIssue } from "../github/expiry-issue.js";
import { whySecretsAreMissing } from "../github/secretless-run.js";
import { type IssueSettings, parseIssueSettings } from "../github/settings.js";
import {
  escapeHtml,
  formatInputErrorSummary,
  formatSkippedSummary,
  formatSummary,
} from "../report/summary.js";
import { formatVerifyText } from "../report/verify-text.js";
import { OUTPUT_NAMES, type Verdict } from "../verify/checks.js";
import {
  OPTION_DEFAULTS,
  type OptionName,
  parseSettings,
  type RawOptions,
  SettingsError,
} from "../verify/settings.js";
import { verifyToken } from "../verify/verify.js";
import { parseActionOnlySettings, SKIPPED_STATUS } from "./inputs.js";
import { maskSecretInputs } from "./secrets.js";

export interface Outcome {
  verdict?: Verdict;
  /** One line for the failed step; undefined when the step passes. */
  failure?: string;
}

const TITLE = "WhatsApp token check";

export async function run(): Promise<Outcome> {
  // Masking comes before anything else can print: the runner hides these values from then on.
  const scrubber = maskSecretInputs();
  const clean = (text: string) => scrubber.clean(text);
  const rawToken = core.getInput("token", { trimWhitespace: false });

  const raw: RawOptions = { token: rawToken };
  for (const name of Object.keys(OPTION_DEFAULTS) as OptionName[]) {
    if (name !== "token") raw[name] = core.getInput(name);
  }

  // Both sets of inputs are checked before anything runs, and every problem is reported at once.
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
    parseActionOnlySettings({ "fail-on-empty": core.getInput("fail-on-empty") }),
  );
  // A fork's pull request or a Dependabot run gets no Actions secrets: an empty token is expected.
  const noSecrets =
    rawToken.trim() === ""
      ? whySecretsAreMissing({ eventName: context.eventName, actor: context.actor, payload: context.payload })
      : undefined;
  if (noSecrets && actionOnly && !actionOnly.failOnEmpty) {
    core.setOutput("status", SKIPPED_STATUS);
    core.notice(`${noSecrets} The token check is skipped (set fail-on-empty: true to fail instead).`, {
      title: `${TITLE} skipped`,
    });
    await writeSummary(formatSkippedSummary(TITLE, noSecrets));
    return {};
  }
  const settings = attempt(() => parseSettings(raw));
  const issueSettings = attempt(() =>
    parseIssueSettings({
      "open-issue": core.getInput("open-issue"),
      "github-token": core.getInput("github-token"),
      "api-url": process.env.GITHUB_API_URL,
      "issue-label": core.getInput("issue-label"),
      "issue-assignees": core.getInput("issue-assignees"),
      name: core.getInput("name"),
    }),
  );
  if (!settings || problems.length > 0) {
    core.setOutput("status", "failed");
    await writeSummary(formatInputErrorSummary(TITLE, problems.map(clean)));
    const why = noSecrets ? `. ${noSecrets}` : "";
    return { failure: clean(`wa-token-guard: ${new SettingsError(problems).message}${why}`) };
  }

  let verdict: Verdict;
  try {
    verdict = await verifyToken(settings);
  } catch (error) {
    if (error instanceof UserError) return { failure: clean(`wa-token-guard: ${error.message}`) };
    throw error;
  }

  for (const name of OUTPUT_NAMES) core.setOutput(name, clean(verdict.outputs[name]));
  core.info(clean(formatVerifyText(verdict, false)));
  for (const check of verdict.checks) {
    if (check.status === "warning") {
      core.warning(clean(`${check.value}.${check.advice ? ` ${check.advice}` : ""}`), { title: check.title });
    }
  }

  // The issue comes after the outputs, so that a failure to manage it never hides the token's status.
  let issue: IssueResult | undefined;
  let issueProblem: string | undefined;
  if (issueSettings) {
    try {
      issue = await manageIssue(issueSettings, verdict);
      if (issue.number !== undefined) core.setOutput("issue-number", String(issue.number));
      if (issue.action !== "none") {
        core.info(`Expiry issue #${issue.number}: ${issue.action}${issue.note ? ` (${issue.note})` : ""}.`);
      }
    } catch (error) {
      if (!(error instanceof IssueError)) throw error;
      issueProblem = clean(error.message);
    }
  }

  const title = issueSettings?.name ? `${TITLE} (${issueSettings.name})` : TITLE;
  await writeSummary(clean(formatSummary(verdict, title)) + issueSummary(issue, issueProblem));
  const failures = [verdict.status === "failed" ? clean(verdict.reason) : undefined, issueProblem].filter(
    Boolean,
  );
  return { verdict, ...(failures.length > 0 && { failure: failures.join(" Also: ") }) };
}

async function manageIssue(settings: IssueSettings, verdict: Verdict): Promise<IssueResult> {
  if (!process.env.GITHUB_REPOSITORY) {
    throw new IssueError("open-issue works in a GitHub Actions run: GITHUB_REPOSITORY is not set.");
  }
  const repository = context.repo;
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;
  return syncExpiryIssue(settings, repository, verdict, { ...(runUrl && { runUrl }), now: new Date() });
}

function issueSummary(issue: IssueResult | undefined, problem: string | undefined): string {
  if (problem) return `<p>❌ Expiry issue: ${escapeHtml(problem)}</p>\n`;
  if (!issue || issue.action === "none") return "";
  const link = issue.url ? `<a href="${escapeHtml(issue.url)}">#${issue.number}</a>` : `#${issue.number}`;
  return `<p>Expiry issue ${link}: ${issue.action}${issue.note ? ` (${escapeHtml(issue.note)})` : ""}.</p>\n`;
}

/** The job summary, when the runner provides one (GITHUB_STEP_SUMMARY). */
async function writeSummary(html: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(html).write();
}
