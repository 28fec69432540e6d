/**
 * The action's interface in code: every input with its default, and every output. Composed from
 * the settings modules' own option lists, so there is no second list to drift; a test keeps
 * action.yml equal to these (test/action/manifest.test.ts). The inputs only the action has are
 * parsed here.
 */
import { ISSUE_OPTION_DEFAULTS } from "../github/settings.js";
import { ROTATE_OPTION_DEFAULTS } from "../rotate/settings.js";
import { OPTION_DEFAULTS, SettingsError } from "../verify/settings.js";

/** Inputs that only the action has (the CLI has no fork or Dependabot runs). */
export const ACTION_ONLY_DEFAULTS = {
  "fail-on-empty": "false",
} as const;

import { OUTPUT_NAMES } from "./outputs.js";

/** Input name -> its default in action.yml (undefined: no default, the runner passes ""). */
export const ACTION_INPUT_DEFAULTS: Record<string, string | undefined> = {
  ...OPTION_DEFAULTS,
  ...ISSUE_OPTION_DEFAULTS,
  ...ROTATE_OPTION_DEFAULTS,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an Actions expression; the runner expands it to the job token.
  "github-token": "${{ github.token }}",
  ...ACTION_ONLY_DEFAULTS,
};

/** The rotation's outputs: `true`/`false`, and the new token's expiry (ISO 8601, `never`, or empty). */
export const ROTATION_OUTPUT_NAMES = ["rotated", "new-expires-at"] as const;

export const ACTION_OUTPUT_NAMES: readonly string[] = [
  ...OUTPUT_NAMES,
  "issue-number",
  ...ROTATION_OUTPUT_NAMES,
];

/** The status output of a run that had no token to check because GitHub passes none (a fork, Dependabot). */
export const SKIPPED_STATUS = "skipped";

export interface ActionOnlySettings {
  /** Fail on an empty token even in a run that gets no secrets (fork pull requests, Dependabot). */
  failOnEmpty: boolean;
}

export function parseActionOnlySettings(raw: Partial<Record<keyof typeof ACTION_ONLY_DEFAULTS, string>>) {
  const text = raw["fail-on-empty"]?.trim() || ACTION_ONLY_DEFAULTS["fail-on-empty"];
  const failOnEmpty = /^(true|yes|1)$/i.test(text);
  if (!failOnEmpty && !/^(false|no|0)$/i.test(text)) {
    throw new SettingsError([`fail-on-empty must be true or false, not "${text}"`]);
  }
  return { failOnEmpty } satisfies ActionOnlySettings;
}
