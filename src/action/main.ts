/**
 * The action from start to end, in the actions/typescript-action layout: `run()` is what
 * `@github/local-action` calls (`npm run local-action`), and index.ts only calls it. This is the
 * one place that fails the step.
 */
import { unsupportedActionNode } from "../node-support.js";
import { run as checkToken } from "./run.js";
import * as runner from "./runner.js";
import { inputScrubber } from "./secrets.js";

export async function run(): Promise<void> {
  // Before anything loads the HTTP client, which fails on an older Node with an odd error.
  const tooOld = unsupportedActionNode();
  if (tooOld) {
    runner.setOutput("status", "failed");
    runner.setFailed(tooOld);
    return;
  }
  try {
    const outcome = await checkToken();
    if (!outcome.failure) return;
    // Already shown as one titled annotation per failing check: a second, untitled one would
    // repeat it. The exit code alone fails the step.
    if (outcome.annotated) process.exitCode = runner.FAILURE_EXIT_CODE;
    else runner.setFailed(outcome.failure);
  } catch (error) {
    runner.setFailed(inputScrubber().clean(`wa-token-guard: internal error: ${(error as Error).message}`));
  }
}
