/**
 * The secretless-run check reads the run's context itself (src/action/run-context.ts), not
 * through @actions/github: it must read what `context` reads, the same way, missing or broken
 * event files included.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { context } from "@actions/github";
import { afterAll, afterEach, expect, it, vi } from "vitest";
import { readRunContext } from "../../src/action/run-context.js";

const dir = mkdtempSync(join(tmpdir(), "wtg-run-context-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A fresh @actions/github context, read from `env` (its class reads process.env). */
function githubContext(env: NodeJS.ProcessEnv): typeof context {
  const saved = process.env;
  process.env = env;
  try {
    return new (context.constructor as new () => typeof context)();
  } finally {
    process.env = saved;
  }
}

function printed(act: () => unknown): { value?: unknown; error?: string; out: string } {
  const written: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    return { value: act(), out: written.join("") };
  } catch (error) {
    return { error: (error as Error).message, out: written.join("") };
  } finally {
    vi.restoreAllMocks();
  }
}

const event = join(dir, "event.json");
writeFileSync(event, JSON.stringify({ pull_request: { head: { repo: null } }, sender: { login: "ünï" } }));
const broken = join(dir, "broken.json");
writeFileSync(broken, "{ not json");

it.each([
  ["no event file", {}],
  ["an event file", { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: "pull_request", GITHUB_ACTOR: "alice" }],
  ["a missing event file", { GITHUB_EVENT_PATH: join(dir, "gone.json"), GITHUB_EVENT_NAME: "push" }],
  ["a broken event file", { GITHUB_EVENT_PATH: broken, GITHUB_ACTOR: "dependabot[bot]" }],
])("reads %s as @actions/github's context does", (_, env: NodeJS.ProcessEnv) => {
  const ours = printed(() => readRunContext(env));
  const theirs = printed(() => {
    const { eventName, actor, payload } = githubContext(env);
    return { eventName, actor, payload };
  });
  expect(ours).toEqual(theirs);
});
