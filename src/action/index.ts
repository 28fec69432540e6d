// The action's entry point: runs the check and is the only place that fails the step.
// (Kept apart from run.ts so that importing run.ts in a test does not run the action.)
import * as core from "@actions/core";
import { scrub } from "../detect/scrub.js";
import { run } from "./run.js";

try {
  const outcome = await run();
  if (outcome.failure) core.setFailed(outcome.failure);
} catch (error) {
  core.setFailed(
    scrub(`wa-token-guard: internal error: ${(error as Error).message}`, process.env.INPUT_TOKEN?.trim()),
  );
}
