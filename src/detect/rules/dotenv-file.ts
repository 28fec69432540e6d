/**
 * `dotenv-file`: works on paths, not content. `.env` and `.env.<anything>` in any folder, in any
 * case (`.ENV` and `.Env.production` are the same file on macOS and Windows), are environment
 * files. Templates meant to be committed (`.env.example` and friends) are allowed; their content
 * is still scanned like any other file.
 */
import type { PathRule } from "./rule.js";

const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];

export const dotenvFileRule: PathRule<"dotenv-file"> = {
  id: "dotenv-file",
  title: "Environment file (.env) that usually holds secrets",
  remedy:
    "Do not commit it: `git rm --cached <file>`, add `.env` and `.env.*` to .gitignore, and commit a `.env.example` without values instead.",
  matches(path) {
    const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
    if (name !== ".env" && !name.startsWith(".env.")) return false;
    return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
  },
};
