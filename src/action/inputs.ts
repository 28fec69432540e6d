/**
 * The action's interface in code: every input with its default, and every output. Composed from
 * the settings modules' own option lists, so there is no second list to drift; a test keeps
 * action.yml equal to these (test/action/manifest.test.ts).
 */
import { ISSUE_OPTION_DEFAULTS } from "../github/settings.js";
import { OUTPUT_NAMES } from "../verify/checks.js";
import { OPTION_DEFAULTS } from "../verify/settings.js";

/** Input name -> its default in action.yml (undefined: no default, the runner passes ""). */
export const ACTION_INPUT_DEFAULTS: Record<string, string | undefined> = {
  ...OPTION_DEFAULTS,
  ...ISSUE_OPTION_DEFAULTS,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression; the runner expands it to the job token.
  "github-token": "${{ github.token }}",
};

export const ACTION_OUTPUT_NAMES: readonly string[] = [...OUTPUT_NAMES, "issue-number"];
