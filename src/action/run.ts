/**
 * The GitHub Action: read the inputs, check the token, report (outputs, annotations, job
 * summary). It never fails the step itself: it returns why it failed, and index.ts does that.
 */
import * as core from "@actions/core";
import { scrub } from "../detect/scrub.js";
import { UserError } from "../errors.js";
import { formatInputErrorSummary, formatSummary } from "../report/summary.js";
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

export interface Outcome {
  verdict?: Verdict;
  /** One line for the failed step; undefined when the step passes. */
  failure?: string;
}

const TITLE = "WhatsApp token check";

export async function run(): Promise<Outcome> {
  // Masking comes before anything else can print: the runner hides these values from then on.
  const rawToken = core.getInput("token", { trimWhitespace: false });
  const secrets = [rawToken.trim(), core.getInput("app-secret")];
  const appId = core.getInput("app-id");
  if (appId && secrets[1]) secrets.push(`${appId}|${secrets[1]}`);
  for (const secret of secrets) if (secret) core.setSecret(secret);
  const clean = (text: string) => scrub(text, ...secrets);

  const raw: RawOptions = { token: rawToken };
  for (const name of Object.keys(OPTION_DEFAULTS) as OptionName[]) {
    if (name !== "token") raw[name] = core.getInput(name);
  }

  let settings: ReturnType<typeof parseSettings>;
  try {
    settings = parseSettings(raw);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    core.setOutput("status", "failed");
    await writeSummary(formatInputErrorSummary(TITLE, error.problems.map(clean)));
    return { failure: clean(`wa-token-guard: ${error.message}`) };
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
  await writeSummary(clean(formatSummary(verdict, TITLE)));
  return { verdict, ...(verdict.status === "failed" && { failure: clean(verdict.reason) }) };
}

/** The job summary, when the runner provides one (GITHUB_STEP_SUMMARY). */
async function writeSummary(html: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(html).write();
}
