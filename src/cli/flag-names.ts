/**
 * The checks, the Graph client and rotation name their options once, as the action's inputs
 * ("raise timeout-seconds", "list these in allowed-scopes"). On the command line the same
 * option is a flag: this spells each such name the way the CLI takes it, so that the advice
 * can be followed as printed.
 */
import { ROTATE_OPTION_DEFAULTS } from "../rotate/settings.js";
import { OPTION_DEFAULTS } from "../verify/settings.js";

/** Inputs whose flag has another name; the secrets come from variables on the command line. */
const RENAMED: Record<string, string> = {
  "admin-token": "--admin-token-env",
  "rotate-secret": "--github-secret",
};

/** Inputs with no flag: left as they are. */
const NO_FLAG = new Set(["app-secret", "rotate-scope", "rotate-github-token"]);

const FLAGS = new Map(
  [...Object.keys(OPTION_DEFAULTS), ...Object.keys(ROTATE_OPTION_DEFAULTS)]
    // One-word names (token, rotate) are ordinary words in a sentence.
    .filter((name) => name.includes("-") && !NO_FLAG.has(name))
    .map((name) => [name, RENAMED[name] ?? `--${name}`]),
);

// Whole names only, and not inside a flag (--max-age-days), a path or a variable.
const NAMES = new RegExp(
  `(?<![\\w./$-])(${[...FLAGS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\w-])`,
  "g",
);

export function spellAsFlags(text: string): string {
  return text.replace(NAMES, (name) => FLAGS.get(name) ?? name);
}
