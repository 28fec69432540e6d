/**
 * The `dotenv-file` rule works on paths, not content: `.env` and `.env.<anything>` in any folder
 * are environment files. Templates meant to be committed (`.env.example` and friends) are allowed;
 * their content is still scanned like any other file.
 */
const TEMPLATE_SUFFIXES = [".example", ".sample", ".template", ".dist"];

export function isDotenvPath(path: string): boolean {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  if (name !== ".env" && !name.startsWith(".env.")) return false;
  return !TEMPLATE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
