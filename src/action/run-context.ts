/**
 * The run's context for the secretless-run check (src/github/secretless-run.ts), read as
 * @actions/github's `context` reads it (GITHUB_EVENT_NAME, GITHUB_ACTOR and the event file that
 * GITHUB_EVENT_PATH names) but without importing @actions/github: that loads octokit and its
 * HTTP client, ~1.1 MB parsed (~40 ms), on every run with an empty token, just to read these three.
 */
import { existsSync, readFileSync } from "node:fs";
import { EOL } from "node:os";
import type { RunContext } from "../github/secretless-run.js";

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: unknown = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    if (existsSync(eventPath)) payload = JSON.parse(readFileSync(eventPath, { encoding: "utf8" }));
    // @actions/github's words, on stdout as it prints them.
    else process.stdout.write(`GITHUB_EVENT_PATH ${eventPath} does not exist${EOL}`);
  }
  return { eventName: env.GITHUB_EVENT_NAME, actor: env.GITHUB_ACTOR, payload };
}
