/**
 * The rotation's names are interface: the settings module, action.yml (compared by
 * test/action/manifest.test.ts through src/action/inputs.ts) and docs/rotation.md must agree.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_INPUT_DEFAULTS, ACTION_OUTPUT_NAMES } from "../../src/action/inputs.js";
import { ROTATE_OPTION_DEFAULTS } from "../../src/rotate/settings.js";
import { PROJECT_ROOT } from "../helpers/repo.js";

const docs = readFileSync(join(PROJECT_ROOT, "docs", "rotation.md"), "utf8");

describe("rotation names", () => {
  it("are the issue's names, inputs of the action, and documented in docs/rotation.md", () => {
    expect(Object.keys(ROTATE_OPTION_DEFAULTS)).toEqual([
      "rotate",
      "rotate-days",
      "rotate-secret",
      "rotate-scope",
      "rotate-github-token",
      "revoke-old",
      "system-user-id",
      "admin-token",
    ]);
    for (const name of Object.keys(ROTATE_OPTION_DEFAULTS)) {
      expect(ACTION_INPUT_DEFAULTS).toHaveProperty([name]);
      expect(docs).toContain(`\`${name}\``);
    }
    for (const name of ["rotated", "new-expires-at"]) {
      expect(ACTION_OUTPUT_NAMES).toContain(name);
      expect(docs).toContain(`\`${name}\``);
    }
  });
});
