/**
 * How a user runs this CLI from their shell, so that every command we print works as printed:
 * `npx wa-token-guard` when the package is installed in the project, `wa-token-guard` when the
 * one on PATH is this very copy (a global install), else node and the bundle's path.
 */
import { existsSync, realpathSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { shellQuote } from "../report/words.js";

/** The installed package's folder (the one holding dist/ and hooks/). */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

export function invocation(projectRoot: string | undefined, env: NodeJS.ProcessEnv): string {
  const cli = real(join(packageRoot(), "dist", "cli", "index.js"));
  // npx runs the project's node_modules/.bin/wa-token-guard (npm, pnpm and `npm link` alike).
  if (projectRoot && isThisCli(join(projectRoot, "node_modules", ".bin", "wa-token-guard"), cli)) {
    return "npx wa-token-guard";
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir !== "" && isThisCli(join(dir, "wa-token-guard"), cli)) return "wa-token-guard";
  }
  return `node ${shellQuote(cli)}`;
}

const isThisCli = (bin: string, cli: string) => existsSync(bin) && real(bin) === cli;

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
