/**
 * `npm run local-action`: GitHub's @github/local-action runs the action from its manifest and
 * its source (src/action/main.ts exports run(), the actions/typescript-action layout), the way a
 * contributor debugs it. Against the Graph API stand-in, with inputs from a dotenv file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { fixtures, useGraphStandin } from "../helpers/graph-fixtures.js";
import { PROJECT_ROOT, runAsync, TEST_RUNNER_NODE, testEnv } from "../helpers/repo.js";

const { tokens, config, allSecrets } = fixtures();
const standin = useGraphStandin(config);
const dir = mkdtempSync(join(tmpdir(), "wtg-local-action-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("runs src/action/main.ts from action.yml: the check passes, and the token is never printed", async () => {
  const inputs = join(dir, "inputs.env");
  writeFileSync(inputs, `INPUT_TOKEN=${tokens.systemUser}\nINPUT_GRAPH-API-URL=${standin().url}\n`);
  const localAction = join(PROJECT_ROOT, "node_modules", ".bin", "local-action");
  // From the project folder, as `npm run local-action` runs it: it starts the project's own tsx.
  const result = await runAsync(
    localAction,
    ["run", PROJECT_ROOT, "src/action/main.ts", inputs],
    PROJECT_ROOT,
    {
      ...testEnv(),
      PATH: `${dirname(TEST_RUNNER_NODE)}:${process.env.PATH ?? ""}`,
      // npm must never offer to download anything: fail instead of waiting for an answer.
      npm_config_yes: "false",
      // Off a runner, as on a contributor's machine (this suite may itself run in GitHub Actions).
      GITHUB_ACTIONS: "",
    },
  );
  expect(result.all).toContain("::set-output name=status::ok");
  expect(result.all).toContain("::set-output name=token-type::SYSTEM_USER");
  expect(result.all).not.toContain("::error::");
  // Not even in an ::add-mask:: line: off a runner nothing would take it out of the output.
  expect(result.all.includes("::add-mask::")).toBe(false);
  expect(allSecrets.some((secret) => result.all.includes(secret))).toBe(false);
  expect(result.code).toBe(0);
});
