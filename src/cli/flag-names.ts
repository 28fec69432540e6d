/**
 * The checks, the Graph client and rotation name their options once, as the action's inputs
 * ("raise timeout-seconds", "list these in allowed-scopes"). On the command line the same
 * option is a flag: this spells each such name the way the CLI takes it, so that the advice
 * can be followed as printed. Only our own text goes through it (fixes, causes, notes, settings
 * problems), never what was seen: a phone number's name or an app's may hold any words.
 */
import { ROTATE_OPTION_DEFAULTS } from "../rotate/settings.js";
import { OPTION_DEFAULTS } from "../verify/settings.js";

/**
 * Inputs whose flag has another name. The secrets come from variables on the command line: the
 * app secret from META_APP_SECRET or the one --app-secret-env names, so it is named as a thing.
 */
const RENAMED: Record<string, string> = {
  "admin-token": "--admin-token-env",
  "rotate-secret": "--github-secret",
  "app-secret": "the app secret",
};

/** Inputs with no flag: left as they are. */
const NO_FLAG = new Set(["rotate-scope", "rotate-github-token"]);

const FLAGS = new Map(
  [...Object.keys(OPTION_DEFAULTS), ...Object.keys(ROTATE_OPTION_DEFAULTS)]
    // One-word names (token, rotate) are ordinary words in a sentence.
    .filter((name) => name.includes("-") && !NO_FLAG.has(name))
    .map((name) => [name, RENAMED[name] ?? `--${name}`]),
);

// Whole names only, and not inside a flag (--max-age-days), a path, a file name or a variable.
const NAMES = new RegExp(
  `(?<![\\w./$-])(${[...FLAGS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\w-]|\\.\\w)`,
  "g",
);

export function spellAsFlags(text: string): string {
  return text.replace(NAMES, (name) => FLAGS.get(name) ?? name);
}
