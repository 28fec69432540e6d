/**
 * `dotenv-file`: works on paths, not content. `.env` and `.env.<anything>` in any folder, in any
 * case (`.ENV` and `.Env.production` are the same file on macOS and Windows), are environment
 * files. Templates meant to be committed (`.env.example` and friends) are allowed; their content
 * is still scanned like any other file.
 */
import type { PathRule } from "./rule.js";

const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];

/**
 * The .gitignore lines that ignore what this rule blocks and keep its templates committable
 * (`.env.*` alone would ignore `.env.example` too). git compares them in the case the file system
 * uses (core.ignorecase), and the rule itself still blocks `.ENV` wherever ignoring misses it.
 */
export const DOTENV_IGNORE_LINES: readonly string[] = [
  ".env",
  ".env.*",
  ...TEMPLATE_SUFFIXES.map((suffix) => `!.env${suffix}`),
];

export const dotenvFileRule: PathRule<"dotenv-file"> = {
  id: "dotenv-file",
  title: "Environment file (.env) that usually holds secrets",
  remedy:
    "Do not commit it: `git rm --cached <file>`, add `.env`, `.env.*` and `!.env.example` to .gitignore (the last line keeps the template committable), and commit a `.env.example` without values instead.",
  matches(path) {
    const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
    if (name !== ".env" && !name.startsWith(".env.")) return false;
    return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
  },
};
