/** The action's input names in advice, spelled as the CLI's flags (src/cli/flag-names.ts). */
import { describe, expect, it } from "vitest";
import { spellAsFlags } from "../../src/cli/flag-names.js";

describe("advice on the command line", () => {
  it("names each option as the flag the CLI takes", () => {
    expect(spellAsFlags("or list these in allowed-scopes.")).toBe("or list these in --allowed-scopes.");
    expect(spellAsFlags("within 30 s (timeout-seconds)")).toBe("within 30 s (--timeout-seconds)");
    expect(
      spellAsFlags("set max-age-days (with system-user-id and admin-token) to replace it; see rotate-secret"),
    ).toBe(
      "set --max-age-days (with --system-user-id and --admin-token-env) to replace it; see --github-secret",
    );
  });

  it("names the app secret as a thing: it comes from a variable, not a flag", () => {
    expect(spellAsFlags("are app-id and app-secret swapped?")).toBe(
      "are --app-id and the app secret swapped?",
    );
  });

  it("leaves flags, paths, variables, longer names and inputs without a flag alone", () => {
    for (const text of [
      "--max-age-days 30",
      "docs/warn-days.md",
      "${{ inputs.warn-days }}",
      "my-warn-days-value",
      "--dotenv app-id.env",
      "warn-daysx",
      "rotate-scope org",
      "the token and rotate",
    ]) {
      expect(spellAsFlags(text)).toBe(text);
    }
  });
});
